// The seam for the text classifiers (SPEC §3 advocacy_focus, self_promotion_rate). Until they are
// wired, no signals are passed and both metrics are absent (null), never 0.

/** Per-account text metrics from `engine/text`; NaN where an account has no classified text. */
export interface TextSignals {
  /** Share of a's posts in mental-health advocacy topics. */
  readonly advocacyFocus: Float64Array;
  /** a's top topics, most frequent first. */
  readonly topTopics: readonly (readonly string[])[];
  /** Share of a's outbound replies that are mainly self-promotion. */
  readonly selfPromotionRate: Float64Array;
}
