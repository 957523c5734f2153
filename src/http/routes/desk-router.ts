import { Router, type Request, type RequestHandler, type Response } from "express";
import { AssignFormSchema, CommentFormSchema, QueueQuerySchema } from "../../schemas/forms/desk-forms.ts";
import type { User } from "../../schemas/user.ts";
import type { AppDeps } from "../app-deps.ts";
import { allArticles } from "../desk-context.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole, signedInUser } from "../auth/require-role.ts";
import { formErrors, type FieldErrors } from "../form-errors.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { HttpError } from "../http-error.ts";
import { loadedArticle, loadedClaim } from "../locals.ts";
import { claimDesk } from "../view-models/claim-desk.ts";
import { pickStrings, type FormValues } from "../view-models/form-values.ts";
import { paths } from "../view-models/paths.ts";
import { renderClaim } from "./render-claim.ts";

/**
 * Desk work on an article and its claims (mounted at /articles/:articleId, article already loaded):
 *
 * | POST /assignee                    | editor: ask someone to review the whole article |
 * | POST /claims/:claimId/assignee    | editor: ask someone to review one claim          |
 * | POST /claims/:claimId/comments    | add a comment, or a reply, to the claim's thread |
 *
 * Assigning and commenting leave the claim's version alone: neither touches the review, so a
 * reviewer's open form stays good.
 */
export function deskRouter(deps: AppDeps): Router {
  const router = Router({ mergeParams: true });
  // Per route, not router.use: this router sits in front of the claims and reports routers, whose bodies are larger.
  const form = [formBody({ bytes: 64 * 1024, fields: 10 }), requireCsrf];
  router.param("claimId", (_req, res, next, id) => {
    const claim = loadedArticle(res).claims.find((c) => c.id === id);
    if (!claim) return next(new HttpError(404, "error.claimNotFound"));
    res.locals.claim = claim;
    next();
  });
  const editor = requireRole("editor");
  /** The account named in an assignment form ("" for nobody), as stored; a 422 for a name with no account. */
  const assigneeOf = async (req: Request): Promise<string> => {
    const parsed = AssignFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new HttpError(422, "desk.errors.badAssignee");
    if (!parsed.data.assignee) return "";
    const user = await deps.store.findUser(parsed.data.assignee);
    if (!user) throw new HttpError(422, "desk.errors.badAssignee");
    return user.username;
  };

  router.post("/assignee", editor, ...form, async (req, res) => {
    const assignee = await assigneeOf(req);
    const id = loadedArticle(res).id;
    await deps.workspace.assignArticle(id, assignee);
    res.redirect(303, paths.article(id));
  });

  router.post("/claims/:claimId/assignee", editor, ...form, async (req, res) => {
    const assignee = await assigneeOf(req);
    const actor = { name: signedInUser(res).username };
    const saved = await deps.workspace.assignClaim(loadedArticle(res).id, loadedClaim(res).id, assignee, actor);
    res.redirect(303, paths.claim(loadedArticle(res).id, saved.id));
  });

  router.post("/claims/:claimId/comments", ...form, async (req, res) => {
    const values = pickStrings(req.body, ["text", "replyTo"]);
    const parsed = CommentFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return renderWithComment(deps, req, res, 422, values, formErrors(parsed.error.issues));
    const actor = { name: signedInUser(res).username };
    const saved = await deps.workspace.addComment(loadedArticle(res).id, loadedClaim(res).id, parsed.data, actor);
    res.redirect(303, `${paths.claim(loadedArticle(res).id, saved.id)}#comment-${saved.comments.at(-1)!.id}`);
  });

  return router;
}

/** The claim page with the comment form as typed and its messages. */
async function renderWithComment(deps: AppDeps, req: Request, res: Response, status: number, values: FormValues, errors: FieldErrors) {
  res.locals.desk = await deskPanel(deps, res, undefined, { values, errors });
  renderClaim(req, res, status, {});
}

async function deskPanel(
  deps: AppDeps,
  res: Response,
  queue: ReturnType<typeof QueueQuerySchema.parse>["queue"],
  comment?: { values: FormValues; errors: FieldErrors },
) {
  const article = loadedArticle(res);
  const claim = loadedClaim(res);
  return claimDesk(article, claim, {
    // Only a queue walk needs every article; the panel otherwise reads this one.
    articles: queue ? await allArticles(deps) : [article],
    people: await peopleNames(deps),
    username: signedInUser(res).username,
    isEditor: res.locals.can("editor"),
    queue,
    comment,
  });
}

/**
 * Gives the claim page (GET /articles/:articleId/claims/:claimId) its desk panel in
 * `res.locals.desk`: queue navigation (`?queue=mine|decision`), assignment, comments. An unknown
 * queue is a 400; an unknown claim is left to the claims router's 404.
 */
export function claimDeskLocals(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    const query = QueueQuerySchema.safeParse(req.query);
    if (!query.success) return next(new HttpError(400, "error.badQuery"));
    const claim = loadedArticle(res).claims.find((c) => c.id === req.params.claimId);
    if (!claim || !res.locals.user) return next();
    res.locals.claim = claim;
    res.locals.desk = await deskPanel(deps, res, query.data.queue);
    next();
  };
}

/** Gives editors' pages the accounts work can be assigned to, in `res.locals.people`. */
export function peopleLocals(deps: AppDeps): RequestHandler {
  return async (_req, res, next) => {
    if (res.locals.user && res.locals.can("editor")) res.locals.people = await peopleNames(deps);
    next();
  };
}

/** Every account's name, sorted; worked out again only when the accounts change (the store then gives a new list). */
async function peopleNames(deps: AppDeps): Promise<string[]> {
  const users = await deps.store.listUsers();
  let names = sortedNames.get(users);
  if (!names) sortedNames.set(users, (names = users.map((u) => u.username).sort(new Intl.Collator().compare)));
  return names;
}

const sortedNames = new WeakMap<readonly User[], string[]>();
