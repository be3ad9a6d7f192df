/**
 * The shapes of the project's own checked layer: reviews of every bundled answer, the "what the law
 * says now" status of each state, and the federal glossary. Written by the project from public
 * sources found in stored copies of public pages; plain data so it can cross the message protocol.
 */

/** The day the checked layer was last looked up, and how. The UI shows both together. */
export const CHECKED_ON = '2026-11-30';
export const CHECK_METHOD = 'against stored copies of public pages';

/** high: a primary source or several independent ones; medium: one good source; low: thin or indirect. */
export type Confidence = 'high' | 'medium' | 'low';

/** A specific public page (never a site's homepage). */
export interface Source {
  title: string;
  url: string;
}

/**
 * - supported: sources show the claim is right (then and now).
 * - wrong: sources show it is false (a different year, a law that does not exist, the opposite effect).
 * - unsupported: no source found either way (an honest verdict, not a soft "wrong").
 * - outdated: true when written and changed by a later law, or false when written and true now.
 * - general: not about this state (speaks of "states" in general), so it says nothing checkable here.
 */
export type ClaimVerdict = 'supported' | 'wrong' | 'unsupported' | 'outdated' | 'general';

export interface ClaimReview {
  /** The claim, copied exactly from the answer's text (a substring of it), so the UI can point at it. */
  quote: string;
  verdict: ClaimVerdict;
  /** One line, in the project's own words: why this verdict. */
  reason: string;
  /** Required for supported, wrong and outdated; may be empty for unsupported and general. */
  sources: Source[];
  confidence: Confidence;
}

export interface AnswerReview {
  /** ParsedDocument id, e.g. "nm-dmv-data-sharing". */
  docId: string;
  /** Question number in that document (1..20). */
  question: number;
  claims: ClaimReview[];
  /** Other questions of the same document that say the opposite on a point that matters. */
  contradicts?: number[];
  /**
   * Set when the answer advises a procedure that does not exist (an "opt out" of DMV sharing, say):
   * what a reader can actually do, where sources show it.
   */
  procedureWarning?: { text: string; sources: Source[] };
  checked: string;
}

/** yes / partly / no, or unknown when no source settles it (better than a guess). */
export type StatusVerdict = 'yes' | 'partly' | 'no' | 'unknown';

export interface LawRef {
  /** Stable id, e.g. "nm-sb36-2025". */
  id: string;
  /** Short name as readers meet it: "SB 36 (2025), Nondisclosure of Sensitive Personal Information Act". */
  name: string;
  /** Where it lives in law: "Laws 2025, ch. 138; NMSA 1978 § 66-2-7.1". */
  citation: string;
  /** Year enacted (signed or became law). */
  year: number;
  /** Date in force, "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when the source is no more precise). */
  effective?: string;
  /** One line: what it does for the questions here. */
  does: string;
  sources: Source[];
}

export interface StatusFinding {
  verdict: StatusVerdict;
  /** One or two sentences in the project's words. */
  text: string;
  /** Ids of laws in StateStatus.laws this finding rests on. */
  laws: string[];
  sources: Source[];
  confidence: Confidence;
  /** The date the fact is known true as of, "YYYY-MM-DD" or "YYYY-MM" (required for Nlets). */
  asOf?: string;
}

export interface StateStatus {
  /** Postal code, e.g. "NM"; "DC" for the District of Columbia. */
  code: string;
  /** One-line verdict on DMV data and immigration enforcement, as of the check. */
  headline: string;
  /** Does the state issue driver's licences regardless of immigration status? */
  licences: StatusFinding;
  /** Does state law limit what the DMV gives immigration enforcement? */
  dmvLimits: StatusFinding;
  /** Has the state blocked ICE's self-service access to its DMV records through Nlets? */
  nlets: StatusFinding & { asOf: string };
  /** Only where a state law or statewide court rule limits civil immigration arrests at courthouses. */
  courthouse?: StatusFinding;
  laws: LawRef[];
  /** What the laws above do not cover (plain sentences). */
  notCovered: string[];
  /** Pages behind the notCovered sentences, where they cite any. */
  notCoveredSources?: Source[];
  checked: string;
  confidence: Confidence;
}

/** The status of a state's courts, for states with a court document (New Mexico today). */
export interface CourtsStatus {
  code: string;
  /** One-line verdict on state courts and immigration enforcement. */
  headline: string;
  findings: Array<StatusFinding & { question: string }>;
  laws: LawRef[];
  notCovered: string[];
  checked: string;
  confidence: Confidence;
}

export interface GlossarySentence {
  en: string;
  es: string;
  /** Every sentence that states a fact has at least one source. */
  sources: Source[];
}

export interface GlossaryEntry {
  /** The lexicon term it explains, e.g. "topic:287g". */
  termId: string;
  title: { en: string; es: string };
  /** Two or three plain sentences. */
  sentences: GlossarySentence[];
  /** The law or regulation the term rests on: "INA § 287(g), 8 U.S.C. § 1357(g)". */
  basis: Array<{ name: string; citation: string }>;
  checked: string;
  confidence: Confidence;
}
