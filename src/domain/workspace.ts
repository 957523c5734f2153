import { addUser } from "../auth/add-user.ts";
import { changeUser } from "../auth/change-user.ts";
import { updateUser } from "../auth/update-user.ts";
import type { Article, Language } from "../schemas/article.ts";
import type { ClaimRecord } from "../schemas/claim-record.ts";
import type { ExtractedClaim } from "../schemas/extracted-claim.ts";
import type { DecisionForm } from "../schemas/forms/decision-form.ts";
import type { ReviewForm } from "../schemas/forms/review-form.ts";
import type { Settings } from "../schemas/settings.ts";
import type { Role, User } from "../schemas/user.ts";
import { DuplicateArticle, NoSuchArticle, type Store } from "../store/store.ts";
import { addComment, type NewComment } from "./add-comment.ts";
import { assignArticle, assignClaim } from "./assign-claim.ts";
import { byPosition } from "./by-position.ts";
import { copyEvidence } from "./copy-evidence.ts";
import { correctClaim, type Correction } from "./correct-claim.ts";
import { decideClaim } from "./decide-claim.ts";
import { NotFound, WorkflowError } from "./errors.ts";
import { duplicateClaim, manualClaim, type ManualClaim } from "./manual-claim.ts";
import type { MergeSummary } from "./merge-extraction.ts";
import { newArticle, type ArticleFields } from "./new-article.ts";
import type { Actor } from "./record-change.ts";
import { reextractArticle } from "./reextract-article.ts";
import { reviewClaim } from "./review-claim.ts";
import { setDismissed } from "./set-dismissed.ts";
import { mergeSpeaker, unmergeSpeaker } from "./speaker-aliases.ts";

/** The claim extractor's signature (src/core `extractClaims`). */
export type Extract = (text: string, options: { language?: Language }) => ExtractedClaim[] | Promise<ExtractedClaim[]>;

/** What the workspace works with: the store, the extractor, the clock and new ids. */
export interface WorkspaceDeps {
  store: Store;
  extract: Extract;
  now: () => Date;
  newId: () => string;
}

/** How often import tries a fresh id when the one drawn is taken. */
const ID_ATTEMPTS = 5;

/**
 * The one door for changes: every write (import, review, correction, dismissal, decision, manual
 * claim, re-extraction, accounts, settings) goes through here, from the routes and the commands alike.
 * Rules live in the pure domain functions; this applies them to the stored document inside one
 * store transaction. It throws domain errors only (NotFound, VersionConflict, WorkflowError,
 * AccountError), never HTTP ones: the edges say what they mean to a person.
 */
export function createWorkspace(deps: WorkspaceDeps) {
  const { store, now } = deps;

  /** Runs `change` on the stored article (NotFound if there is none). */
  const changeArticle = async <T>(articleId: string, change: (draft: Article) => T): Promise<T> => {
    try {
      return await store.updateArticle(articleId, change);
    } catch (error) {
      if (error instanceof NoSuchArticle) throw new NotFound("article", articleId);
      throw error;
    }
  };

  /**
   * Changes one claim: `change` gets the claim and article as stored now (not as the request saw
   * them) and returns the new claim, or throws (VersionConflict, WorkflowError) so nothing is written.
   */
  const changeClaim = (articleId: string, claimId: string, change: (claim: ClaimRecord, article: Article) => ClaimRecord) =>
    changeArticle(articleId, (article) => {
      const index = article.claims.findIndex((c) => c.id === claimId);
      if (index < 0) throw new NotFound("claim", claimId);
      const next = change(article.claims[index]!, article);
      article.claims[index] = next;
      return next;
    });

  return {
    changeClaim,

    /** Imports an article with the claims the extractor finds in it, under a new id. */
    async importArticle(fields: ArticleFields): Promise<Article> {
      const extracted = await deps.extract(fields.text, { language: fields.language });
      for (let attempt = 1; ; attempt++) {
        const article = newArticle(deps.newId(), fields, extracted, now());
        try {
          await store.addArticle(article);
          return article;
        } catch (error) {
          if (!(error instanceof DuplicateArticle) || attempt >= ID_ATTEMPTS) throw error;
        }
      }
    },

    reviewClaim: (articleId: string, claimId: string, form: ReviewForm, actor: Actor) =>
      changeClaim(articleId, claimId, (c) => reviewClaim(c, form, actor, now())),

    correctClaim: (articleId: string, claimId: string, correction: Correction, actor: Actor) =>
      changeClaim(articleId, claimId, (c, a) => correctClaim(c, correction, a.text, actor, now())),

    setDismissed: (articleId: string, claimId: string, dismissed: boolean, version: number, actor: Actor) =>
      changeClaim(articleId, claimId, (c) => setDismissed(c, dismissed, version, actor, now())),

    decideClaim: (articleId: string, claimId: string, form: DecisionForm, actor: Actor) =>
      changeClaim(articleId, claimId, (c) => decideClaim(c, form, actor, now())),

    /**
     * Copies the evidence of claim `from` (an earlier check in another article) into this claim,
     * sources already cited left out (see copyEvidence); NotFound when `from` does not exist.
     */
    async copyEvidence(articleId: string, claimId: string, from: { articleId: string; claimId: string }, version: number, actor: Actor) {
      const source = (await store.getArticle(from.articleId))?.claims.find((c) => c.id === from.claimId);
      if (!source) throw new NotFound("claim", from.claimId);
      return changeClaim(articleId, claimId, (c) => copyEvidence(c, articleId, { articleId: from.articleId, claim: source }, version, actor, now()));
    },

    /** Asks `assignee` ("" for nobody) to review one claim; the version stays (see assignClaim). */
    assignClaim: (articleId: string, claimId: string, assignee: string, actor: Actor) =>
      changeClaim(articleId, claimId, (c) => assignClaim(c, assignee, actor, now())),

    /** Asks `assignee` ("" for nobody) to review the whole article. */
    assignArticle: (articleId: string, assignee: string): Promise<void> =>
      changeArticle(articleId, (draft) => {
        const next = assignArticle(draft, assignee);
        if (next.assignee) draft.assignee = next.assignee;
        else delete draft.assignee;
      }),

    /** Adds a comment (or reply) to a claim's thread; WorkflowError `noSuchComment` for a reply to nothing. */
    addComment: (articleId: string, claimId: string, input: NewComment, actor: Actor) =>
      changeClaim(articleId, claimId, (c) => addComment(c, input, actor, now())),

    /** Adds a claim the extractor missed; WorkflowError `alreadyClaimed` when it would duplicate an active claim (see duplicateClaim). */
    addManualClaim: (articleId: string, input: ManualClaim, actor: Actor): Promise<ClaimRecord> =>
      changeArticle(articleId, (article) => {
        if (duplicateClaim(article.claims, article.text, input.range)) throw new WorkflowError("alreadyClaimed");
        const claim = manualClaim(`m-${deps.newId()}`, article.text, input, actor.name, now());
        article.claims = [...article.claims, claim].sort(byPosition);
        return claim;
      }),

    /** Runs the extractor again on a stored article and merges (reviews kept, lost claims orphaned). */
    async reextractArticle(articleId: string): Promise<MergeSummary> {
      const article = await store.getArticle(articleId);
      if (!article) throw new NotFound("article", articleId);
      const extracted = await deps.extract(article.text, { language: article.language });
      return changeArticle(articleId, (draft) => reextractArticle(draft, extracted, now()));
    },

    /** Adds an account (AccountError `usernameTaken`, or `notFirstAccount` with onlyIfFirst). */
    addAccount: (account: { username: string; role: Role; passwordHash: string }, options: { onlyIfFirst?: boolean } = {}): Promise<User> =>
      store.updateUsers((users) => addUser({ users }, account, now(), options)),

    /** Changes an account's password hash and/or role (AccountError `noSuchUser`, `lastAdmin`). */
    changeAccount: (username: string, change: { passwordHash?: string; role?: Role }): Promise<User> =>
      store.updateUsers((users) => changeUser({ users }, username, change)),

    /**
     * Applies a pure account change (src/auth/account-changes.ts: deactivate, reactivate, new
     * password, end a session, sign out everywhere) to the account `username` (AccountError
     * `noSuchUser`, or `lastAdmin` when no active admin would be left).
     */
    updateAccount: (username: string, change: (user: User) => User): Promise<User> => store.updateUsers((users) => updateUser({ users }, username, change)),

    /** Changes the desk settings. */
    changeSettings: (change: (draft: Settings) => void): Promise<Settings> =>
      store.updateSettings((draft) => {
        change(draft);
        return draft;
      }),

    /** Lists the speaker `spelling`'s claims under the speaker `into` from now on (speaker keys; claims are not changed). */
    mergeSpeaker: (spelling: string, into: string): Promise<void> =>
      store.updateSettings((draft) => {
        draft.speakerAliases = mergeSpeaker(draft.speakerAliases ?? {}, spelling, into);
      }),

    /** Undoes a merge: `spelling`'s claims are listed under their own speaker again. */
    unmergeSpeaker: (spelling: string): Promise<void> =>
      store.updateSettings((draft) => {
        draft.speakerAliases = unmergeSpeaker(draft.speakerAliases ?? {}, spelling);
      }),
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
