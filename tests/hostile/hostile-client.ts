import type { Express } from "express";
import request from "supertest";
import { csrfIn, signedInAgent } from "../helpers/session-client.ts";

/** An agent to send hostile requests on, and the CSRF token its session expects (`x-csrf-token`). */
export interface HostileClient {
  agent: request.Agent;
  csrf: string;
}

/** Who sends: a signed-in admin (who may use every route), or a visitor on a sign-in or setup page. */
export type Sender = { as: "admin" } | { as: "visitor"; page: "/login" | "/setup" };

/**
 * The one place the hostile tests authenticate. Hostile input must reach the route handlers, so
 * it goes out on a session with a valid CSRF token: an admin's, signed in through POST /login;
 * for the sign-in and setup forms, a visitor's, from the page that shows the form. A request
 * turned away by sign-in or CSRF would pass for the wrong reason (the suite also refuses 401/403).
 */
export async function hostileClient(app: Express, sender: Sender = { as: "admin" }): Promise<HostileClient> {
  if (sender.as === "admin") {
    const { agent, csrf } = await signedInAgent(app, "admin");
    return { agent, csrf };
  }
  const agent = request.agent(app);
  const page = await agent.get(sender.page).expect(200);
  return { agent, csrf: csrfIn(page.text) };
}
