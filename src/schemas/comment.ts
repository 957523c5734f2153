import { z } from "zod";
import { LIMITS } from "./limits.ts";

/**
 * One message in a claim's discussion thread. Separate from the reviewer's notes, which go into
 * the published report: the thread is the desk talking to itself. `return` comments are the reason
 * an editor gave for sending the claim back; `replyTo` names the comment answered.
 */
export const CommentSchema = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  by: z.string().min(1),
  text: z.string().trim().min(1).max(LIMITS.comment),
  kind: z.enum(["comment", "return"]),
  replyTo: z.string().min(1).optional(),
});

export type Comment = z.infer<typeof CommentSchema>;
