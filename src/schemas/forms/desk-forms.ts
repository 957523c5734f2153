import { z } from "zod";
import { LIMITS } from "../limits.ts";
import { formObject, requiredText } from "./fields.ts";

/** An editor assigning an article or a claim: an account name, or blank to take the assignment away. */
export const AssignFormSchema = formObject({ assignee: z.string().trim().max(64) });

/** A comment in a claim's thread, perhaps answering another. */
export const CommentFormSchema = formObject({
  text: requiredText(LIMITS.comment),
  replyTo: z
    .string()
    .regex(/^k\d{1,6}$/)
    .optional(),
});

/** The queues a person works through: their own, and the editors' claims waiting for a decision. */
export const QUEUES = ["mine", "decision"] as const;
export type QueueName = (typeof QUEUES)[number];

/** The claim page's `?queue=` (which queue the previous/next links walk). */
export const QueueQuerySchema = z.object({ queue: z.enum(QUEUES).optional() });

export type AssignForm = z.infer<typeof AssignFormSchema>;
export type CommentForm = z.infer<typeof CommentFormSchema>;
