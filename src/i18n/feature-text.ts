/**
 * How a language names a canonical feature (see `model/features.ts`), for filter chips and meeting
 * details. Each catalog has one for every feature (`Record<FeatureKey, …>`, so the compiler insists).
 * Languages (`language:xx`) are named through `Intl.DisplayNames`, not here; codes that map to no
 * feature are shown with the feed's own label.
 */

export interface FeatureText {
  /** Short label, fit for a filter chip. */
  name: string;
  /** One plain sentence for someone new, where the name alone may not say enough. */
  description?: string;
}
