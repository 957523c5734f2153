import { Router, type Response } from "express";
import { z } from "zod";
import { updateSettings } from "../../domain/update-settings.ts";
import { SettingsFormSchema } from "../../schemas/forms/settings-form.ts";
import { LANGUAGES } from "../../schemas/article.ts";
import type { AppDeps } from "../app-deps.ts";
import { requireCsrf } from "../auth/csrf.ts";
import { requireRole } from "../auth/require-role.ts";
import { currentSettings } from "../desk-context.ts";
import { formErrors, type FieldErrors } from "../form-errors.ts";
import { formBody } from "../hardening/body-parsers.ts";
import { pickStrings, type FormValues } from "../view-models/form-values.ts";

const FIELDS = ["organizationName", "organizationUrl", "logoUrl", "publicBaseUrl", "defaultLanguage"] as const;
const NoticeQuerySchema = z.object({ saved: z.enum(["1"]).optional().catch(undefined) });

/**
 * The desk settings, for admins (mounted at /settings): the organisation that publishes the
 * fact-checks, its logo, where public pages live, the default interface language. Settings the
 * server's environment fixes (PUBLIC_URL, ORGANIZATION_NAME, ORGANIZATION_URL) are shown, not editable.
 *
 * | GET  / | the settings form |
 * | POST / | save it           |
 */
export function settingsRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(requireRole("admin"), formBody({ bytes: 20 * 1024, fields: 10 }), requireCsrf);

  const render = async (res: Response, status: number, values?: FormValues, errors: FieldErrors = {}, saved = false) => {
    const settings = await currentSettings(deps);
    const shown = values ?? {
      organizationName: settings.organizationName ?? "",
      organizationUrl: settings.organizationUrl ?? "",
      logoUrl: settings.logoUrl ?? "",
      publicBaseUrl: settings.publicBaseUrl ?? "",
      defaultLanguage: settings.defaultLanguage,
    };
    const fixed = Object.fromEntries(FIELDS.map((f) => [f, settings.fixed.has(f as never)]));
    res.status(status).render("desk/settings", { values: shown, fixed, errors, saved, languages: LANGUAGES });
  };

  router.get("/", (req, res) => render(res, 200, undefined, {}, Boolean(NoticeQuerySchema.parse(req.query).saved)));

  router.post("/", async (req, res) => {
    const parsed = SettingsFormSchema.safeParse(req.body ?? {});
    if (!parsed.success) return render(res, 422, pickStrings(req.body, FIELDS), formErrors(parsed.error.issues));
    const { fixed } = await currentSettings(deps);
    await deps.workspace.changeSettings((draft) => {
      const next = updateSettings(draft, parsed.data, fixed);
      for (const key of Object.keys(draft) as (keyof typeof draft)[]) delete draft[key];
      Object.assign(draft, next);
    });
    res.redirect(303, "/settings?saved=1");
  });

  return router;
}
