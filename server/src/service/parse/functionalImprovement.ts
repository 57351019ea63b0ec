/**
 * Whether a letter documents objective functional improvement, states that it is not
 * documented, or never addresses it. A mention counts by its clause: "has not returned to
 * work, but the records document functional improvement" is documented; "does not provide
 * documentation of functional improvement" is not; "with documentation of functional
 * improvement, up to 10 visits" is the guideline's condition, not a finding.
 */
import type { FunctionalImprovement, Span } from '../model';
import type { Block } from '../text/block';
import { perBlock } from '../text/perBlock';
import { quotationOpening, quoteMarks } from '../text/quotes';

/**
 * Where, or how, the patient does things, between the verb and what follows it: "at home", "at work or at home", "on the
 * road", "around the house", "at work and away from it", "from day to day", "in his day". One phrase for every pattern
 * that allows one. Each place added here is compiled into every pattern that holds the phrase: two more ("out of the
 * water", "on dry land") cost the server 5 MB with 1,000 letters open, so rarer places are patterns of their own.
 */
const PLACE = String.raw`(?: (?:at|around|on) (?:home|work|the house|the road|the job)(?: (?:or|and) (?:(?:at|on) )?(?:home|work|the road|the job|away from it))?| (?:from )?day to day| in (?:her|his|their) (?:days?|daily life|life))?`;

// "The improvement is real and is documented": an improvement the letter has just described, affirmed.
// "His function is demonstrably better", "that function has improved", "the sessions changed her function": the
// patient's function, said to be better (the verb before "function" looked for behind it). "... changed what she
// can do", "a real difference in what she can do", "gains in what she does": her function, in plain words; "These are
// real gains", affirmed. "The reports do document improvement with them", "the notes document such improvement",
// "show no such improvement": what records show, unless it is of pain, sleep or mood. "The progress she has made is objective and functional": progress, so judged.
// "The benefit to her function is documented": a gain in function by another word. "an improved ability to perform
// activities of daily living": the same. "Nothing shows that he does anything now because of tizanidine": what she
// does because of the treatment, in plain words. "Those are changes in how he lives", "did not change what she
// does", "what she does on sertraline", "doing anything for her function", "None of the notes tie anything she does to
// celecoxib", "She is doing her job because of this medication", "changed what she is able to do", "progress that
// shows in what he can do", "she cannot do anything that she could not do when the program began": the same. So are
// "Her days are different on this medication", "what it changes in her days", "things she does with her hands now
// that she could not do before the drug", "She is doing things now that she could not do when she started", "These
// gains are real", "The records do not show one thing she does because of the tizanidine", "anything the tramadol
// adds to her day", "anything she is able to do now because of the acupuncture", "what she does at home has changed",
// "shows real gains", "These are the kinds of gains the guideline is looking for", "changes in her daily life",
// "things she could not do when therapy started", "had changed what the shoulder lets him do", "The 8 sessions she
// completed produced the gains described above", "She is better off on it", "nothing so far shows that therapy has
// changed how she lives", "it has changed her life at home" (not "the injury changed her life"), "it shows in her life"
// and "Those are real changes", "Nothing in the file says what meloxicam lets him do" (or "the naproxen itself"), "nothing in
// the record shows anything the patches have let her do", "The gains from that course (the 10 visits) are documented",
// "That is what the medication does for her days" (her working day), "What she does now
// (driving, ...) came with the therapy", "a gain in his work", "Her function on the NSAID is documented", "the number
// of visits and what they achieved are not documented", "a trial that shows how often the unit was used and what it
// accomplished" (a condition), "has not shown it changes anything he does", "evidence that
// the unit itself is improving function", "That is comfort, not function", "None of his improvement can be laid to" and
// "Function improved with the trial", "when pain relief and function improve" (a condition). "That is what the program
// is meant to produce": the gains just told, affirmed.
// "Those gains came with the naproxen" credits them (see CREDITED_AFTER). "That is what she does at home and on the
// road", "needs less care", "how far it has taken her", "He has improved, but ...": her function, in plain words.
// The words before "improvement" are looked for behind it, as a search for "the" first would try every "the".
const MENTION = new RegExp(String.raw`\b(?:(?:objective |significant |measurable |documented |clinically significant |sustained )?functional (?:improvements?|gains?|benefits?|progress|response|change)|(?:objective|measurable) (?:gains?|improvements?|progress)|real (?:gains|progress)\b|(?:made|make|makes) an? (?:objective|real|measurable|clear) difference\b|(?:gains|changes) (?:anybody|anyone|everyone) (?:could|can) see\b|(?:anything|something) (?:she|he|they) (?:does|do|is doing) differently\b|(?:doing|do|does) anything (?:that )?(?:she|he|they) (?:couldn't|could not) do before\b|better off\b(?<=\b(?:is|was|are|were|be)(?: not)? better off)|gains(?<=\b(?:produced|brought|yielded|achieved) (?:the |these |those |real |clear )?gains)|(?:(?:improve(?:d|ments?)|gains?|changes?) (?:in|of)|benefits? to) (?:(?:his|her|their) )?(?:(?:[a-z-]{1,12},? ){0,3}?(?:or|and) (?:(?:in|of) )?(?:(?:his|her|their) )?)?(?:daytime |daily |overall )?(?:function(?:ing|al status)?|activities of daily living|ADLs?|daily activities|daily li(?:fe|ves)|work\b(?! (?:restrictions?|status|hours|schedule|limits?)))|(?:increased|improved) (?:(?:his|her|their|the (?:patient|injured worker|claimant)'s) )?(?:ability to (?:(?:perform|do|carry out) (?:(?:his|her|their) )?)?)?(?:[a-z-]{1,12} (?:or|and) (?:(?:his|her|their) )?(?:daytime |daily |overall )?)?(?:function(?:ing|al (?:capacity|status|level))?|activities of daily living|ADLs)|function(?:ing)? improve[sd]?\b|function(?:ing)?(?: (?:is|was|has|have|had)(?: been)? (?:(?:demonstrably|clearly|measurably|objectively|markedly|significantly|substantially|much|noticeably|considerably) )?(?:improved|better)|(?<=\b(?:improves?|changed?|restored|doing (?:anything|something|much) for) (?:his|her|their) function(?:ing)?))|doing (?:anything|something|much) for (?:him|her|them)\b|doing its job\b|(?:has|had) done its job\b|(?:kind|sort) of (?:change|gain|progress) that counts\b|(?:gains|changes) that count\b|(?:is|was) (?:exactly )?what (?:a|the|this) (?:program|treatment|therapy|course|drug|medication) is (?:supposed|meant) to (?:do|produce|achieve)\b|earn(?:ing|ed) its keep\b|what (?:she|he|they|(?:a|the) patient) (?:(?:can|could) do|does|do|did|(?:is|was|are|were) able to do)(?<=\b(?:change|changed|changes? in|gains? in|difference in|wrote down|writes down|records?|says?|shows?|shows in|documents?) what (?:she|he|they|(?:a|the) patient) (?:(?:can|could) do|does|do|did|(?:is|was|are|were) able to do))|what (?:she|he|they) (?:does|can do) (?=(?:on|with) (?:it|them|this|[a-z]{4,20})\b)|(?:what|anything) (?:it|they|(?:the|her|his|their) [a-z]{3,15}|[a-z]{4,20})(?: itself| themselves)? (?:lets?|(?:has|have) let) (?:her|him|them) do\b(?<=\b(?:change[sd]?|says?|shows?|showing|documents?|describes?) (?:what|anything) [a-z ]{5,40})|what (?:she|he|they) (?:does|do|can do)${PLACE} (?:has|have) changed\b|what (?:she|he|they) (?:does|do|can do)\b(?<=\b(?:that|this) (?:is|was) what (?:she|he|they) (?:does|do|can do))|things (?:she|he|they) could not do (?:before|when (?:she|he|they|therapy|treatment|the (?:course|program|therapy|sessions|visits)) (?:started|began)))\b`, 'gi');
/** The rest of MENTION's phrasings: one pattern of them all costs V8 more memory than two of half the size. */
const MENTION_MORE = new RegExp(String.raw`\b(?:(?:She|He|They) (?:has|have) (?:clearly |measurably |objectively )?improved(?=,\s(?:but|and)\s)(?<=(?:^|[.;]\s{1,3})[A-Za-z ]{11,40})|what (?:they|it|the (?:visits|sessions|therapy|treatment|course)) (?:achieved|accomplished)\b(?<=\bshows? (?:how often [a-z ]{3,30} and )?what [a-z ]{2,20})|what (?:they|it|the (?:visits|sessions|therapy|treatment|course)) (?:achieved|accomplished)\b(?= (?:is|are|was|were)(?: not)? (?:documented|described|recorded|shown)\b)|function (?:on|with) (?:the |this |her |his )?[a-z]{3,20}(?<=\b(?:her|his|their) function (?:on|with) (?:the |this |her |his )?[a-z]{3,20})(?= (?:is|was|has been)(?: not)? documented\b)|change[sd]?(?: in)? anything|what (?:it|(?:the|this) (?:drug|medication|medicine|treatment|therapy)) does for (?:her|his|their) (?:(?:working )?days?|nights|life|function|work)\b|what (?:she|he|they) (?:does|can do) now\b(?=[^.;]{0,80}\b(?:came with|followed|came from) (?:the|this|her|his) (?:therapy|treatment|sessions|visits|medication|drug|course|program)\b)|how far (?:she|he|they) (?:has|have) come|how far (?:it|they|therapy|treatment|the (?:therapy|treatment|program|sessions|visits)) (?:has|have) taken (?:her|him|them)\b|(?:doing|does|do) (?:her|his|their) (?:job|work) because of|how (?:she|he|they) (?:lives?|functions?)(?<=\b(?:changes? in|gains? in|difference in|changed) how (?:she|he|they) (?:lives?|functions?))|(?:changed|changes) (?:her|his|their) (?:life|lives|days)\b(?<=\b(?:it|they|this|that|the (?:drug|medication|medicine|therapy|treatment|sessions|visits|course))(?: (?:has|have|had))?(?: not)? (?:changed|changes) (?:her|his|their) (?:life|lives|days))|shows in (?:her|his|their) (?:life|lives|days)\b|given (?:her|him|them) back (?:an? |her |his |their )?(?:working days?|job|work|life|lives|days|mornings|evenings)\b|(?:getting|got|gotten|gets) (?:her|his|their) li(?:fe|ves) back\b|(?:anything|something|one thing|a single thing) (?:(?:she|he|they) (?:does|do|can do|could do)${PLACE} (?:on|with) (?:it|them|[a-z]{4,20}) that (?:she|he|they) (?:could|can)(?:not| not|n't) do without (?:it|them)\b|(?:she|he|they) (?:does|do|did|can do|could do|(?:is|was|are) able to do)${PLACE}(?: now)? because of|(?:now )?because of(?<=\b(?:she|he|they) (?:does|do|can do) (?:anything|something) (?:now )?because of)|(?:that )?(?:she|he|they) could not do\b(?<=\b(?:cannot|can not|can't) do (?:anything|something) (?:that )?(?:she|he|they) could not do)|(?:she|he|they) (?:does|do|can do)${PLACE} to\b(?<=\b(?:tie|ties|tied|link|links|linked|credit|credits|credited) (?:anything|something) (?:she|he|they) (?:does|do|can do)${PLACE} to))|(?:gains|changes)(?<=\b(?:these|those|they|her|his|their) (?:are|were) (?:real|objective|measurable|genuine|the kinds? of|the sort of) (?:gains|changes))|gains (?:from|of) (?:that|this|the|her|his|their)(?: (?:\d{1,2}|[a-z]{3,12}))? (?:course|therapy|treatment|sessions|visits|program|medication|drug) (?:are|were|have been|has been) documented\b|gains(?= (?:(?:described|noted|recorded|reported|listed) (?:above|earlier|before) )?(?:(?:are|were) (?:real|objective|measurable|genuine)|came (?:from|with)|followed|(?:are|were) (?:due|attributable|attributed|owed|credited) to|belongs? to|resulted from)\b)(?<=\b(?:these|those|the|her|his|their) gains)|anything (?:(?:the|this|that) )?(?:[a-z]{3,20} )?adds to (?:her|his|their) (?:days?|life|function(?:ing)?)|reduction (?:in|of) work restrictions|objective and functional(?<=\b(?:is|was|are|were)(?: not)? objective and functional)|improved functionally|functionally improved|improvement(?<=\bnone of (?:his|her|their|the) improvement)|function\b(?<=\b(?:is|are|was|were) (?:[a-z-]{1,20} ){0,2}[a-z-]{1,20}, not function)|improving (?:her |his |their )?function\b(?<=\bevidence that (?:the |this |her |his )?[a-z ]{3,30} improving (?:her |his |their )?function)|(?:her|his|their) days (?:are|were) (?:any )?different\b|what (?:it|they|this drug|the drug|the medication) change[sd]? in (?:her|his|their) (?:days|life|lives)|(?:she|he|they) (?:could|did) not do (?:before|when (?:she|he|they) (?:started|began))\b(?<=\b(?:things?|anything|something|what)(?: [a-z]{1,12}){0,6} now that (?:she|he|they) (?:could|did) not do (?:before|when (?:she|he|they) (?:started|began)))|(?:reduced|decreased) (?:dependency|reliance) on (?:continued )?medical|(?<!\bdoing more,? or )(?:needs?|needed|needing) less (?:medical )?care\b|(?:activities|things|tasks|chores) (?:she|he|they) (?:can|could) do only (?:with|on) (?:it|them|the (?:medication|drug|medicine)|[a-z]{4,20})\b|improvements?(?<=\b(?:the|this|that|such|her|his|their) improvements?) (?=(?:is|was|are|were|has been|have been) (?:not )?(?:real|documented|objective|measurable|genuine|sustained|meaningful|substantial)\b)|improvement(?<=\b(?:documents?|documented|shows?|showed|demonstrates?|demonstrated|(?:documentation|evidence) of)\s(?:(?:no|any)\s)?(?:(?:clear|objective|measurable|significant|steady|such|that|this)\s)?improvement)(?!\s(?:in|of)\s(?:(?:his|her|the)\s)?(?:pain|sleep|mood|symptoms)))\b`, 'gi');

// ", and", ", which" and ", so" start a clause of their own: "no evidence of symptom magnification,
// and they document functional improvement"; "he no longer takes cyclobenzaprine, so functional
// improvement is documented". Not ", so that", a purpose: "baseline testing, so that follow-up can
// note functional improvement".
// "cannot tolerate land-based therapy and has shown objective functional improvement", "which meets the four domains of
// page 78 of the MTUS ... Guidelines and documents functional improvement": the subject's second verb, which the
// negation or the guideline before it does not reach.
const CLAUSE_BREAK = /(?:[;:]|,\s(?:but|however|although|though|yet|whereas|and|which|so(?! that)|because)\b|\b(?:but|however|although|though|whereas|while)\b|\band(?=\s(?:(?:has|have|had)\s(?:also\s)?(?:shown|demonstrated|made|achieved)|documents|demonstrates|shows)\b))/gi;
/**
 * An aside between commas says nothing of the clause around it: "The summary, which was not
 * available to utilization review, shows that ... documents functional improvement"; "A reduction
 * in work restrictions that follows a course of treatment, with no other explanation in the record,
 * is functional improvement".
 */
const ASIDE = /,\s(?:which|who|with|without)\b[^,;:]*,/gi;

// Not the "No." of "Issue No. 1 - Tramadol lets him work".
const NEGATION =
  /\b(?:no(?!\.\s?\d)|not|nothing|nobody|no one|never|without|devoid of|silent (?:on|about|as to)|lack(?:s|ed|ing)?|absence|absent|fail(?:s|ed)? to|unable to|insufficient|inadequate|unclear|minimal|neither|nor|none|missing|limited evidence|little|far from|in vain|(?:has|have|had) yet to|(?:falls?|fell) (?:well |far )?short of|cannot|can't|doesn't|didn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|won't|couldn't)\b/i;

const AFTER_NEGATION =
  /^(?:[^.;,]|,(?!\sbut\b)|\.(?!\s[A-Z]|$)){0,80}?\b(?:(?:is|was|were|has|have|had)(?: therefore| thus| still| also| simply| then)? (?:not|never)(?: yet)? been (?:documented|demonstrated|shown|established|provided|noted|reported|objectified)|(?:is|was|are|were)(?: therefore| thus| still| also| simply| then)? (?:not|never)(?: yet)? (?:documented|demonstrated|shown|evident|established|noted|reported|provided)|(?:is|was|are|were|remains?|went) (?:lacking|absent|missing|unclear|undocumented|unrecorded|unproven|unsubstantiated)|(?:cannot|can not|could not) be (?:documented|demonstrated|shown|established|confirmed|determined|verified|objectified)|(?:remains?|has yet|have yet) to be (?:documented|demonstrated|shown|established))/i;

/**
 * Words before a mention that make it a condition or a rule: "only with", "if", "requires", "ties continued NSAID use to",
 * a clause that opens "With documented improvement the MTUS guidelines support ...".
 */
const CONDITION =
  /\b(?:with (?:evidence|documentation|demonstration) of|only (?:with|where|when|once)|re-?assess(?:ment|ed|ing)? of|if|whether|unless|provided|contingent|dependent|depends?|requires?|required|needed|necessary|should|would|must|conditional(?:ly)?|conditioned|in order to|so that|to (?:assess|determine|evaluate|establish|monitor|show|document|produce|achieve)|until|recommend(?:s|ed)?|(?:calls?|asks?) for|guidelines?|allow(?:s|ed)?(?!\s(?:him|her|them|the patient|the injured worker)\sto\b)|may be|can be|expected|goal)\b|\bti(?:es|ed) (?:[A-Za-z-]{1,30} ){1,4}to $|^\s?with (?:documented|demonstrated|objective|measurable|sustained) $/i;

export interface FunctionalImprovementFinding {
  status: FunctionalImprovement;
  span: Span | null;
}

/**
 * The words of the clause before `at`, without its asides; only the sentence before it is
 * searched, so each mention costs a bounded amount.
 */
function clauseBefore(text: string, sentenceStart: number, at: number): string {
  // The aside's commas stay: one before ", and" still starts a clause.
  const before = text.slice(sentenceStart, at).replace(ASIDE, ',');
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) start = m.index + m[0].length;
  return before.slice(start);
}

/** Start of the sentence holding `at`: after the last ". " (or '." ') that is not an abbreviation. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0 && i > at - 600; i--) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 63 && c !== 33) continue;
    const next = text.charCodeAt(i + 1) === 34 || text.charCodeAt(i + 1) === 41 ? i + 2 : i + 1;
    if (text.charCodeAt(next) === 32 && !/\b(?:pp?|Dr|Mr|Ms|No|e\.g|i\.e)$/.test(text.slice(Math.max(0, i - 4), i))) return next;
  }
  return Math.max(0, at - 600);
}

/**
 * A condition just before the mention: "the guidelines set no maximum when functional
 * improvement is documented"; "no more visits unless there is functional improvement"; "should be
 * discontinued if there is no overall improvement in function"; "further therapy needs objective gains first", "further
 * visits need objective gains first".
 */
const CONDITION_JUST_BEFORE = /\b(?:if|unless|when|once|until|provided(?: that)?|as long as|(?<!no longer )needs|(?<=\b(?:visits|sessions|treatments)\s)need)\s(?:(?:there|it) (?:is|was|has been)\s)?(?:(?:any|some|the|an?|no)\s)?(?:overall\s)?$/i;

/** A benefit said to be only subjective is a finding that improvement is not documented: "The benefit described is only subjective". */
const ONLY_SUBJECTIVE =
  /\b(?:(?:benefits?|improvements?|gains?|response|progress)\s(?:[a-z]{1,12}\s)?(?:is|was|are|were|has been|have been|remains?)\s(?:only|purely|merely|entirely)\ssubjective|only\ssubjective\s(?:benefit|improvement|reports?|gains?|relief))\b/gi;

/**
 * "Her function is unchanged from the first visit to the tenth", "Objective measures of function have remained static",
 * "left his function untouched", "her function has gone backwards", "His function has not improved on this medication", "moved her function the wrong way", "his function
 * is poor": a finding that improvement is not documented.
 */
const FUNCTION_UNCHANGED = /\bfunction(?:ing|al status)?(?: (?:is|was|has been|remains?|(?:has |have )?remained) (?:essentially |largely |virtually |still )?(?:unchanged|the same|no better|static|stagnant|unimproved|worse|poor)|(?: has)? (?:gone backwards|declined|worsened|deteriorated)| (?:has|have|had) not (?:improved|gotten better)| untouched(?<=\bleft (?:his|her|their) function(?:ing)? untouched)| the wrong way(?<=\bmoved (?:his|her|their) function(?:ing)? the wrong way))\b/gi;
/**
 * "The injections have changed nothing he does", "He is no better off than when he started", "no change in his activity
 * since it was started", "no change in her knee function", "the therapist's own note shows no change after the last
 * visits", "The sessions given so far have not changed his headaches or his sleep", "Eight visits have left her knee
 * where it started", "Nothing he does has changed", "Carisoprodol has added nothing to what he can do", "her days are
 * no different", "Going without the ibuprofen took nothing away from her days", "The record shows nothing she does
 * because of the cyclobenzaprine", "what she does from day to day is the same as before the acupuncture started", "What
 * she does has not changed", "no change in her days", "nothing she does that she could not do without it", "She did not
 * do more at home or at work because of the therapy", "She is doing no more at home", "Nothing she does now can be
 * traced to the 12 visits", "Nothing he now does is attributed to tizanidine", "Nothing he does depends on celecoxib",
 * "the pills add nothing to what he can do", "the month she went without them changed nothing in her days", "Nothing
 * she does at home or at work changed with the chiropractic care", "Nothing he does at work or at home came with it",
 * "Nothing she does now depends on the oxycodone", "Nothing he does at home or on the road depends on it", "the records
 * show nothing she has gained from it", "It has not improved her sleep or anything she does by day", "it has not helped
 * him do more", "there was no change in his walking, his work hours or his other medication", "nothing shows that those
 * four visits changed her motion or her function", "There is no evidence that the prior visits made him any more
 * functional", "there is no documentation that her ability to do household chores, sit at the computer, or tolerate her
 * modified duty changed after either injection": the same finding in plain words.
 */
const NOTHING_CHANGED = new RegExp(String.raw`\b(?:changed nothing (?:he|she|they) (?:does|do|can do)|nothing (?:she|he|they) (?:has|have) gained from (?:it|them)\b|changed nothing in (?:her|his|their) (?:days|life|lives|work)\b|add(?:ed|s)? nothing to (?:what (?:he|she|they) (?:does|do|can do|could do)|them|(?:her|his|their) days?)|nothing (?:she|he|they) (?:does|do|can do)(?: now)?${PLACE} (?:depends on|(?:is|was|has been) (?:shown|documented|said) to depend on)|took nothing (?:away )?from (?:her|his|their) days?|nothing (?:she|he|they) (?:does|do|can do) (?:now )?because of|(?:her|his|their) days (?:are|were) no different|what (?:she|he|they) (?:does|do|can do)${PLACE} (?:is (?:the same|no different|unchanged)|(?:has|have) not changed)\b|nothing (?:she|he|they) (?:does|do|can do)(?: now)? that (?:she|he|they) could not do (?:without (?:it|them)|in|before|when|last|at)\b|nothing (?:he|she|they) (?:does|do|can do)${PLACE} (?:(?:has |have )?changed\b|came (?:with|from) (?:it|them|(?:the|this|these) (?:\d{1,2} )?[a-z]{4,20})\b)|nothing (?:she|he|they) (?:now )?(?:does|do|can do)${PLACE}(?: now)? (?:(?:can|could) be|(?:has|have) been|is|was) (?:traced|tied|linked|credited|attributed|set down|put down) to|nothing (?:she|he|they) (?:does|do|can do)${PLACE}(?: now)? (?:is|was) (?:any )?different\b|nothing (?:she|he|they) (?:does|do|can do) out of the (?:water|pool) (?:has |have )?changed\b|(?:is|was|are|were) no better off|nothing to show for (?:it|them)\b|nothing is different (?:with|on) (?:it|them)\b|not the same (?:thing )?as doing (?:any(?:thing)? )?more\b|(?:haven't|have not|hasn't|has not) moved (?:him|her|them)\b|(?:is|are) doing the same things (?:she|he|they) did before\b|(?:walks|walked|sits|sat|stands|stood|lifts|lifted|carries|carried) no (?:farther|further|longer|more) than (?:she|he|they) (?:did|could)\b|no change in (?:his|her|their) (?:activity|activities|daily activities|days|(?:[a-z]{3,12} )?function(?:ing)?|work status|work restrictions|work hours|walking|housework|shifts)|(?:has|have|had) not helped (?:him|her|them) do (?:any(?:thing)? )?more\b|(?:have|has|had) not (?:changed|improved) (?:(?:his|her|their) [a-z]{3,12} or )?anything (?:she|he|they) (?:does|do|can do)\b|(?:have|has|had) not changed (?:his|her|their) (?:[a-z]{1,15} ){0,2}?(?:headaches?|sleep|function(?:ing)?|activit(?:y|ies)|work|pain|mood|symptoms)|left (?:her|him|them|(?:her|his|their) [a-z]{3,12}) (?:just )?where (?:(?:she|he|they|it) (?:started|began)|(?:they|it) found (?:her|him|them))|(?:(?:did|does|do) not do|(?:is|was|are|were) not doing|(?:is|was|are|were) doing no) (?:any(?:thing)? )?more\b(?= (?:at|around) (?:home|work)| than\b| because of\b| since\b)|(?:shows?|showed|documents?|documented|records?|recorded) no (?:objective |measurable |functional )?change(?!\s(?:in|of)\s(?:(?:his|her|their|the)\s)?(?:pain|sleep|mood|symptoms))|nothing (?:shows|suggests|indicates|documents) that (?:the |those |these |her |his |their )?(?:[a-z0-9-]{1,15} ){0,3}(?:changed|improved) (?:her|his|their) (?:[a-z]{3,15},? (?:or|and) (?:her |his |their )?)?function(?:ing)?|(?:made|left) (?:him|her|them) (?:any )?more functional(?<=\bno (?:evidence|sign|indication|documentation) that [^.;]{0,60})|no (?:evidence|sign|indication|documentation|record) that (?:her|his|their) (?:ability|capacity) to [^.;]{1,100}? (?:changed|improved|increased))\b`, 'gi');

/**
 * "he is doing more than he did before", "She does more at work and away from it than she did before the sessions",
 * "Nothing in these numbers shows that he is doing more than he did before", "The pool sessions summarized above did
 * what they were meant to do", "The meloxicam has done what it was meant to do", "She is doing more and taking less
 * medication", "He is doing more and needs less", "Nothing in these notes shows that he is doing more, or needs less
 * care, than when he began", "She is doing more at home and at work than she could when the course began", "She does
 * more with the medication than without it", "he can do more on the medication than off it", "She does more at work and
 * at home on duloxetine 60mg than she did before it": function, in plain words, classified as any mention is.
 */
const DOING_MORE = new RegExp(String.raw`\b(?:(?:is doing|was doing|does|can do|could do) (?:much |far |a lot )?more${PLACE} than (?:he|she|they) (?:did|could|was able to)|(?:is|was|are) doing more${PLACE}(?:,? or needs less care,?| and (?:taking|needs|needing|using) less(?: (?:medication|medicine|care|help))?)?(?: than (?:when (?:she|he|they) (?:began|started)|(?:she|he|they) (?:could|did)\b)|(?=[.;,]))|(?:did|(?:has|have) done) what (?:they|it) (?:were|was) meant to do|(?:does|do|did|can do) more (?:with|on) (?:it|them|(?:the|this|her|his) [a-z]{4,20}) than (?:without|off) (?:it|them)\b|(?:does|do|is doing) more${PLACE} (?:on|with) (?:it|them|[a-z]{4,20})\b[^.;]{0,20}? than (?:she|he|they) (?:did|could)\b)\b`, 'gi');
/**
 * "they have already let her sit more than twice as long", "the injections allowed him to return to work": what the
 * treatment let the patient do, classified as any mention is ("would let her", a condition). What eased her pain and
 * let her do more is a treatment too: "one injection, which relieved her pain for three months and allowed her to go
 * back to stocking shelves", "Naproxen lowers her pain from 7/10 to 4/10 and lets her type through a full shift". So is
 * the one word that opens a sentence, a drug's name: "Tramadol lets him finish his workday", or follows "that": "no
 * documentation that Norco lets him do anything at work or at home that he could not do without it", "Nothing in the record
 * shows that zolpidem has let her do more during the day".
 */
const LET_HER_DO =
  /\b(?:lets?|allow(?:ed|s)|enabl(?:ed|es)) (?:her|him|them) (?:to )?(?:sit|stand|walk|work|lift|drive|return|get back|go back|resume|carry|climb|sleep|type|finish|complete|clean|cook|dress|shop|garden|kneel|reach|bend|do (?:more|anything|something|(?:his|her|their) (?:whole |full |own )?(?:job|work|shift)))\b(?<=(?:\b(?:is|was|are|were) what|\b(?:they|it|visits|sessions|treatments|therapy|injections?|medication|course)(?: (?:have|has|had|would|could))?(?: already| now)?|(?:^|[.!?]\s{1,4}|\b(?:that|whether) )[a-z]{4,20}(?: (?:has|have|had))?|\b(?:lower|reduce|relieve|ease|decrease)(?:s|d) [a-z0-9/ ]{3,50} and) (?:lets?|allow(?:ed|s)|enabl(?:ed|es)) [^]{3,20})/gi;

/** "the group leader's notes contain no measures of mood or function": nothing that could show improvement. */
const NO_MEASURE_OF_FUNCTION =
  /\bno (?:objective )?(?:measures?|measurements?|records?|documentation) of (?:(?:his|her|their) )?(?:[a-z]+ (?:or|and) )?(?:function(?:ing|al status)?|activities of daily living)\b/gi;

/**
 * "the record shows what it does for her", and with a negation before it "no note says what it does for him", "no one
 * recorded how many visits or what they did for her": what the treatment does, told or not.
 */
const TELLS_WHAT_IT_DOES =
  /\b(?:says?|said|shows?|showed|records?|recorded|describes?|described|documents?|documented|tells?|told) (?:[a-z]{1,12} ){0,6}?what (?:it|they|the [a-z]{3,15}) (?:does|do|did|has done|have done) for (?:her|him|them)\b/gi;

/**
 * "Holding steady is not improvement", "Tolerating therapy is not the same as improving with it": a finding that what
 * the notes call gains is not improvement. "No benefit from them is documented", "No response to biofeedback has been
 * documented", "No gain has been reported", "no gain in her activities from them is recorded", "no such change has been
 * documented": none found. "Tolerating therapy and setting goals is not the same as doing better in daily life". "Those
 * are goals, not results", "Those describe how he took part, not what he gained": what is hoped for or done, not what
 * came. "None are tied to the patch", "The records give no function that tramadol itself restored", "Nothing in the
 * records shows what amitriptyline adds", "Nothing in the records shows that she functions better because of
 * duloxetine", "no note says he can do anything with them that he could not do before": no gain owed to this treatment.
 * Searched from "no", a plain word the search can skip to, with the verb looked for behind it.
 */
const NOT_IMPROVEMENT =
  /\bnot (?:an )?improvement\b(?<=\b(?:is|was|are|were) not (?:an )?improvement)|\bnot the same (?:thing )?as (?:improv(?:ing|ement)|doing better)\b(?<=\b(?:is|was|are|were) not the same (?:thing )?as (?:improv(?:ing|ement)|doing better))|\bno (?:such )?(?:improvement|benefit|response|gains?|change)(?: (?:from|with|to|in) (?!(?:his |her |their )?function)[^.;]{1,40}?)? (?:is|was|has been|have been|had been) (?:documented|shown|demonstrated|recorded|noted|reported)\b|\bnot (?:results|gains|achievements)\b(?<=\b(?:goals|plans|hopes|aims|targets), not (?:results|gains|achievements))|\bnot what (?:she|he|they) (?:gained|achieved)\b(?<=, not what [a-z]{2,4} (?:gained|achieved))|\bnone (?:of (?:them|it|these|those) )?(?:is|are|was|were|(?:has|have) been) (?:tied|linked|credited|traced|attributed|owed) to\b|\bno function (?:that |which )?[^.;]{1,30}? (?:restored|gave back|brought back)\b|\bnothing (?:in (?:the|her|his|their) (?:records?|notes|file|reports?) )?(?:shows|documents|says) what (?:it|they|[a-z-]{3,20}) adds\b|\b(?:nothing|no (?:note|record|report))(?: in (?:the|her|his|their) (?:records?|notes|file|reports?))? (?:shows?|says?|documents?) (?:that )?(?:she|he|they) (?:functions? better|does more|(?:can|could) do (?:more|anything))\b/gi;

/**
 * What she can do, told unchanged or no better in plain words: "Her lifting limit and her four-hour shifts are
 * unchanged", "Her lift test and sitting tolerance did not move", "the record shows no progress toward any of the
 * goals", "no daily task is described as easier", "a plan to achieve functional improvement is not evidence that any has
 * been achieved", "a goal is what the therapist hopes for ...; neither is a result", "The gain the guideline asks for
 * before further visits is therefore not shown". Searched only in blocks with one of PLAIN_DENIAL_WORDS.
 */
const PLAIN_DENIAL = new RegExp(
  String.raw`\b(?:(?:lifting (?:limit|restrictions?|capacity)|lift(?:ing)? test|(?:sitting|standing|walking) tolerance|work (?:status|restrictions?)|shifts)\b[^.;]{0,60}? (?:is|are|was|were|remains?|remained) (?:still |essentially )?(?:unchanged|the same)\b|(?:lifting (?:limit|capacity)|lift(?:ing)? test|(?:sitting|standing|walking) tolerance)\b[^.;]{0,60}? did not (?:move|change|improve)\b|shows? no progress toward\b|no (?:daily )?(?:task|activity|chore) is (?:described|reported|documented) as (?:easier|better)\b|not evidence that any (?:has|have) been (?:achieved|made)\b|neither is a (?:result|gain)\b|(?:the|that|this) gains? [^.;]{0,60}? (?:is|are|was|were) (?:therefore |thus |still )?not (?:shown|documented|demonstrated)\b)`,
  'gi',
);
const PLAIN_DENIAL_WORDS = ['unchanged', 'the same', 'did not', 'no progress', 'easier', 'not evidence', 'neither is', 'not shown', 'not documented', 'not demonstrated'];

/**
 * "These gains meet the definition in 8 CCR 9792.20(f)", "they meet 8 CCR 9792.20(f)", "These are the gains 8 CCR
 * 9792.20(f) describes", "That is what 8 CCR 9792.20(f) means by functional improvement", "... if functional
 * improvement is documented as defined in 8 C.C.R. 9792.20(f). ... the relaxed lifting restriction ... meet that
 * definition": the MTUS's definition of functional improvement, said to be met (or not). Not "that definition of
 * radiculopathy".
 */
const MEETS_DEFINITION = /\b(?:definition\b(?<=\b(?:meets?|met|satisf(?:y|ies|ied)) (?:that|this) definition)(?! of (?!functional))|definition (?:in|of|under) (?:8\s?C\.?\s?C\.?\s?R\.?\s?)?(?:§\s?)?9792\.20\s?\([ef]\)(?<=\b(?:meets?|met|satisf(?:y|ies|ied)) the (?:MTUS\s)?definition [^]{1,40})|8\s?CCR\s(?:§\s?)?9792\.20\s?\([ef]\)(?<=\b(?:meets?|met|satisf(?:y|ies|ied)) 8\s?CCR\s(?:§\s?)?9792\.20\s?\([ef]\))|9792\.20\s?\([ef]\)\s(?:describes|defines)\b(?<=\b(?:are|were) (?:exactly )?the (?:kinds? of )?(?:gains|changes|improvements?) (?:that )?(?:8\s?C\.?\s?C\.?\s?R\.?\s?)?(?:§\s?)?9792\.20\s?\([ef]\)\s(?:describes|defines))|9792\.20\s?\([ef]\)\smeans\b(?<=\b(?:is|are) (?:exactly )?what (?:8\s?C\.?\s?C\.?\s?R\.?\s?)?(?:§\s?)?9792\.20\s?\([ef]\)\smeans))/gi;

/**
 * Words that look like a negation but affirm: "There is no doubt that ...", "There is no question that ...", "no
 * shortage of", "not only has her score fallen", "a not insignificant improvement", "What she no longer needs ... is
 * the functional improvement 8 CCR 9792.20(e) describes", "Losing his work without the drug and regaining it with the
 * drug is functional improvement": what happened when the drug lapsed. "Being able to work with the medication and not
 * without it is functional improvement". "That she loses work and sleep without it and gets them back with it is documented
 * functional improvement", "What she loses without duloxetine and gets back with it", "a task ... that he does with the
 * medication and cannot do without it are functional improvement", "What he does ... on tramadol ER, and loses when he
 * goes without it, is documented functional improvement", "That she gets through her shifts with the medication and
 * cannot without it is functional improvement", "What she cannot do without tramadol and does with it is
 * functional improvement", "Working full days on the medication, and losing work without it, is functional improvement",
 * "What she can do on tramadol and cannot do off it", "a task she could not do and now does", "walking without a cane"
 * (a gain), and a limit: "recommends no more than 18 visits with evidence of objective functional improvement"; and
 * what is said of another item set against this one: "In contrast to item 1 above, where the therapy has not helped,".
 */
const AFFIRMING = /^(?:In contrast to|Unlike) [^,.;]{1,60}, (?:where|which|whose|in which) [^,.;]{1,60},|\b(?:and|but) not without (?:it|them)\b|\b(?:cannot|can ?not|could not) do without (?:it|them|[a-z]{4,20}) and (?:does|do|can do|could do) with (?:it|them)\b|\bwhen (?:she|he|they) (?:goes|go|went|is|was|are|were) without (?:it|them)\b|\b(?:and|but) (?:cannot|can ?not|could not)(?: do)? (?:without|off) (?:it|them)\b|\b(?:cannot|can ?not|could not) do and now (?:does|do|can)\b|\bwithout (?:it|them|(?:the |this |her |his )?[a-z]{4,20})\b(?=[^.;]{0,60}\bwith (?:it|them)\b)|\bno longer (?:needs?|requires?|uses?|takes?)\b|\bwithout (?:the|this|that|her|his) (?:drug|medication|medicine)\b|\b(?:losing|loses|lost|missing|misses|missed) (?:[a-z]{2,12} ){0,3}without (?:it|them)\b|\bno doubt\b|\bno question (?:that|but)\b|\bwithout (?:a |her |his |their )?(?:cane|walker|crutches|help|assistance|a break|stopping|rest(?:ing)?)\b|\bno (?:shortage|lack) of\b|\bnot only\b|\bnot insignificant\b|\bnot? (?:more|fewer|less) than \d{1,3}\b/gi;

/**
 * "the guideline does not ask for functional improvement before a first trial": what a rule leaves out, no finding of the
 * patient's improvement either way.
 */
const RULE_NOT_ASKING = /\b(?:does|do|did) not (?:ask for|require|call for|need|demand|insist on)\s(?:[a-z]{1,14}\s){0,3}$/i;
/**
 * "judged against the definition of functional improvement in 8 CCR 9792.20(f)", "The definition of functional improvement in
 * 8 CCR 9792.20(f) was applied to every request": the measure, no finding either.
 */
const MEASURED_BY_BEFORE = /(?:\b(?:against|under|by|with|to) the|^\s*the) (?:definition|meaning) of (?:objective )?$/i;

/**
 * "Functional improvement was weighed as 8 CCR 9792.20(f) defines it", "Functional improvement is as defined in 8 CCR
 * 9792.20(f)", "functional improvement was read as defined in", "functional improvement has the meaning that 8 CCR
 * 9792.20(f) gives it": how the reviewer went about it, no finding.
 */
const WEIGHED_AFTER = /^ (?:(?:was|is|has been|will be) (?:weighed|considered|assessed|evaluated|judged|read|(?:as )?defined)|(?:has|takes|carries) the (?:meaning|definition))\b/;

/** "Supervised therapy would add nothing to what she can do": a forecast of what more would do, not a finding of what was done. */
const FORECAST_BEFORE = /\b(?:would|will|could|might)\s(?:(?:likely|probably|then|only)\s)?$/i;

/** "Had the notes shown functional improvement, ...": counterfactual, so it was not shown. */
const COUNTERFACTUAL = /\bhad\s(?:[a-z']{1,20}\s){1,3}(?:shown|documented|demonstrated|established|reported)\s(?:any\s|some\s|objective\s){0,2}$/i;

/**
 * "It cannot be said that the visits produced no functional improvement", "It cannot be said that the records fail to
 * show functional improvement", "It is not the case that the six-visit trial produced no objective gain": a negation of
 * a negation, so improvement is documented.
 */
const NEGATED_NEGATION =
  /\b(?:(?:cannot|can ?not|could not) be (?:said|argued|concluded|claimed)|it is not (?:the case|true)|(?:does|do|did) not agree) that\b.{0,120}\b(?:no|not|without|fails?|failed|lacks?|lacking)\b/i;
/** "The reviewer does not agree that functional improvement is absent": a finding denied, so improvement is documented. */
const DISAGREES_BEFORE = /\b(?:does|do|did) not agree that\s$/i;
const ABSENT_AFTER = /^\s(?:is|was|has been)\s(?:absent|lacking|missing|not (?:documented|shown|present))\b/i;
/**
 * "It would be hard to argue that the first six visits did not improve her function": improvement is
 * documented. Without the negation after it ("hard to say that she has functional improvement"), it is not.
 */
const HARD_TO_ARGUE = /\b(?:hard|difficult|impossible) to (?:argue|say|claim|maintain|contend|believe) that\b(.{0,120})$/i;
/**
 * "It is not that functional improvement is lacking: ...", "The lack of a prior TENS trial, not any lack of functional
 * improvement, is the reason": the lack is denied.
 */
const NOT_THAT = /\bit(?: is|'s) not that\s(?:[a-z]+\s){0,2}$|,\snot (?:any|a|the) (?:lack|absence) of\s$/i;

/**
 * A condition the letter says is met, or not: "allows up to 10 visits when there is objective
 * functional improvement, and there is" (or "but there is none"), "only when functional improvement is
 * documented, and it is not documented here", "when functional improvement is documented, as it is after these six
 * treatments", "an NSAID that produces objective functional improvement as defined in 8 CCR 9792.20(e), and that is
 * documented for celecoxib".
 */
const CONDITION_ANSWERED = /^(?:\sas defined (?:in|by)\s[^,;]{3,40}?(?=,))?(?:\s(?:is|was|has been)\s(?:documented|shown|demonstrated))?,?\s(?:and|which|but|as)\s(?:here\s)?(?:there|it|that|these|they|those)\s(?:is|was|has been|have|has|did)\b(\s?(?:no|not|none|never)\b)?/i;
/**
 * "... would be medically necessary if it had produced an improvement in function. It has produced neither", "... when
 * the patient has improved functioning and pain. Neither has happened here.", "... only if the first 12 had changed what
 * the shoulder lets him do.  They have not." (one space after the full stop, or two as typists leave), "... when the
 * patient's function is better with the drug. Here it is not.", "... objective functional improvement, as 8 CCR
 * 9792.20(f) defines it. That has not happened here.", "... if there is functional improvement. That is not documented
 * here.", "... when there is no overall improvement in function. None is documented.", "... The notes do not document
 * that.", "... continued use only with documented functional improvement. The notes provide no such documentation." Not
 * a treatment
 * never begun ("She has not had a trial of the device"), which leaves the condition unanswered.
 */
const CONDITION_UNMET_NEXT =
  /^(?:[^.]|\.(?=\S)){0,80}\.\s{1,4}(?:(?:It|They|She|He|That|This|The (?:patient|injured worker|medication|treatment))\s(?:has|have|had|did)\s(?:produced\s|shown\s|achieved\s)?(?:neither|none|(?:not|no)(?!\s(?:had|tried|used|received|started|undergone)\b))\b|(?:Neither|None)(?: of (?:these|this|them|those))?\s(?:has|have|is|was|are|were)\s(?:happened|occurred|been (?:shown|documented|met)|documented|shown|demonstrated|the case|true)\b|Here (?:it|they) (?:is|are|has|have|does|do|did) not\b|(?:The|Her|His|Their|These) (?:[a-z']{1,20} ){0,2}?(?:records?|notes?|reports?|file|log) (?:do|does|did) not (?:document|show|demonstrate) (?:it|this|that)\b|(?:The|Her|His|Their|These) (?:[a-z']{1,20} ){0,2}?(?:records?|notes?|reports?|file|log) (?:provides?|contains?|gives?|offers?|shows?) no such (?:documentation|evidence|improvement)\b|(?:That|This) (?:is|was|has) not (?:been )?(?:documented|shown|demonstrated|met)\b)/;

/**
 * "Functional improvement ... would be expected ...; none is described", "Guidelines require
 * functional improvement, but none has been documented", "asks for ... improvement in activities of
 * daily living ..., and nothing in the file shows either", "only with evidence of objective functional improvement, and
 * here there is none", "requires objective functional improvement ..., and after 8 chiropractic visits none has been
 * shown", "only with evidence of objective functional improvement, none is documented", "with documented functional
 * improvement, and the 4 sessions he has completed produced none": the sentence goes on to say there is none.
 */
const NONE_FOLLOWS = /^(?:[^.;]|\.(?!\s[A-Z]|$)){0,160}?(?:;\s|,\s(?:but|and)\s|,\s(?=none\s))(?:but\s)?(?:after\s[^.;,]{1,40}?\s)?(?:(?:the\s)?(?:\d{1,2}\s|[a-z]{3,6}\s)?(?:sessions|visits|treatments)\s(?:[a-z]{2,10}\s){0,4}?(?:produced|showed|yielded|brought)\snone\b|(?:here\s|in this case\s)?there\s(?:is|was|has been)\s(?:none|no such (?:improvement|evidence|gains?))\b|(?:none|no such (?:improvement|gains?|change))\s(?:is|was|has been|have been|had been)\s(?:described|documented|shown|reported|noted|evident|demonstrated|recorded)|nothing(?:\sin the (?:file|records?|notes|documentation))?\s(?:shows|documents|demonstrates|establishes)\s(?:either|it|this|that|such|any)\b)/i;

/** A quoted claim of improvement that the next sentence dismisses: '"... has functional improvement ..." That statement is conclusory.' */
const QUOTE_DISMISSED = /^[^"]{0,200}"\s{1,4}(?:That|This|The|Such an?) (?:statement|assertion|claim|opinion)s? (?:is|was|are|were) (?:conclusory|unsupported|not supported|unsubstantiated)\b/;

/** "The guideline's condition ..., objective functional improvement, is unfulfilled." */
const UNMET_AFTER = /^,?\s(?:is|was|remains?|has been|goes)\s(?:unfulfilled|unmet|not met|not satisfied)\b/i;

/** "The requesting chiropractor cites functional improvement as the reason ... If anything, the records show the reverse." */
const REVERSE_NEXT = /^[^.]{0,120}\.\s{1,4}(?:If anything,\s)?(?:the (?:records?|notes|reports|file|documentation) (?:shows?|suggests?|documents?|reflects?) the (?:reverse|opposite)|the (?:reverse|opposite) is (?:true|the case))\b/i;

/** "That naproxen improves her function is asserted in each report and shown in none." */
const ASSERTED_NOT_SHOWN = /^\s(?:is|was|are|were|has been|have been) (?:asserted|claimed|alleged|stated|reported)\b[^.;]{0,60}?\b(?:(?:but|yet) (?:not|never)|(?:shown|documented|demonstrated|supported|substantiated) (?:in|by) none|nowhere)\b/i;

/** NONE_FOLLOWS, searched only where its words are ("none", "nothing", "no such"). */
const noneFollows = (after: string): boolean => (after.includes('non') || after.includes('nothing') || after.includes('no such')) && NONE_FOLLOWS.test(after);

/** The words after a mention deny it: the search for each pattern only where its plain words are. */
function deniedAfter(after: string): boolean {
  return (
    noneFollows(after) ||
    (after.includes('"') && QUOTE_DISMISSED.test(after)) ||
    ((after.includes('reverse') || after.includes('opposite')) && REVERSE_NEXT.test(after)) ||
    ((after.includes('assert') || after.includes('claim')) && ASSERTED_NOT_SHOWN.test(after))
  );
}

/** The words after a condition's mention say it is unmet. */
/**
 * "... with evidence of objective functional improvement, a total of up to 18 visits. Care beyond the trial is therefore
 * conditioned on the trial having worked. That condition is not satisfied here.": the condition named as such, unmet,
 * one sentence on.
 */
const CONDITION_NAMED_UNMET =
  /^(?:[^.]|\.(?=\S)){0,80}\.\s{1,4}(?:(?:[^.]|\.(?=\S)){0,120}\.\s{1,4})?(?:That|This|The|Either) (?:condition|requirement|criterion|standard) (?:is|was|has) not (?:been )?(?:satisfied|met|fulfilled)\b/;
const saysUnmet = (after: string): boolean =>
  CONDITION_UNMET_NEXT.test(after) || noneFollows(after) || UNMET_AFTER.test(after) || (after.includes(' not ') && CONDITION_NAMED_UNMET.test(after));
/** What the words after a condition's mention answer: unmet, met, or nothing (the condition alone is no finding). */
const answerTo = (after: string): FunctionalImprovement | null => {
  // "... when the first visits have made an objective difference, and these have."
  const answered = CONDITION_ANSWERED.exec(after) ?? SUCH_IMPROVEMENT.exec(after);
  if (answered) return answered[1] ? 'not-documented' : 'documented';
  return saysUnmet(after) ? 'not-documented' : AFFIRMED_NEXT.test(after) ? 'documented' : null;
};

/** "... when a trial shows objective functional improvement, and the 40 to 70 degree gain in rotation ... is such improvement." */
const SUCH_IMPROVEMENT = /^,?\s(?:and|but)\s[^.;]{0,120}?\b(?:is|are|was|were)\s(not\s)?(?:such|that kind of|this kind of)\s(?:improvement|evidence|gains?)\b/i;

/** A guideline's condition the letter says is met, or not: "His progress satisfies the guideline's requirement of objective functional improvement". */
const CONDITION_SATISFIED = /\b(?:satisf(?:y|ies|ied)|meets?|met|fulfil(?:l|ls|s|led)?)\s(?:the\s)?(?:[a-z']{1,20}\s){0,3}(?:requirements?|criteri(?:on|a)|conditions?|standard)\s(?:of|for)\s(?:(?:an?|the)\s)?$/i;

/** A finding in a labelled list: "Objective functional improvement from the completed sessions: Yes." */
const LABELLED_ANSWER = /^[^.:;?]{0,60}:\s?(Yes|No)\b/i;
/** "Did the six sessions improve her function? The notes do not say that they did.": the next sentence answers. */
const ANSWERED_QUESTION = /^(?:[^.?!]|\.(?=\d)){0,120}\?\s{1,4}([^?!]{1,200}?[.!])(?=\s|$)/;
/** "... the question for each is the same: has it produced functional improvement? The record gives a different answer for each.": answered item by item, later. */
const SPLIT_ANSWER = /\b(?:different answers?|answers? differs?|differs? (?:for|between|from)|for each of them)\b/i;
/** "A claim of improved function cannot rest on the patient's say-so": a claim, rejected. */
const CLAIM_BEFORE = /\b(?:claims?|assertions?|statements?)\s(?:of|that)\s$/i;
const REJECTED_AFTER = /^\s(?:cannot|can ?not|could not|is not|was not|does not|did not)\b/i;

/**
 * "... but only demonstrated improvement would justify them": what improvement would do, a condition; so is what comes
 * first: "looks for objective improvement before further manipulation"; and a condition waived for a drug not yet taken:
 * "Because this is an initial trial, prior functional improvement from the drug is not a prerequisite".
 */
const CONDITION_AFTER =
  /^\s(?:(?:would|could|might)\s(?:be\s)?(?:justify|support|warrant|allow|permit|needed|required|necessary)|before (?:further|more|additional|continued|continuing))\b|^(?:\s(?:from|with)\s(?:the\s|this\s|that\s)?[a-z-]{2,20})?\s(?:is|was)\snot\s(?:a\s)?(?:prerequisite|requirement|required|needed)\b/i;

/** What a treatment would need, before a colon that goes on to say what that is. */
const NEEDS_BEFORE_COLON = /\b(?:requires?|required|would|should|must|needs?|needed)\b/i;

/**
 * A mention after a colon that defines what a condition before it asks for: "continuing it would
 * require functional improvement from the sessions already given: a clinically significant
 * improvement in activities of daily living or a reduction in work restrictions".
 */
function definesCondition(text: string, sentenceStart: number, at: number): boolean {
  const sentence = text.slice(sentenceStart, at);
  const colon = sentence.lastIndexOf(':');
  return colon >= 0 && NEEDS_BEFORE_COLON.test(sentence.slice(0, colon));
}

/**
 * "Without (documented) functional improvement, ... would ...": what would follow without it, a condition. Not a clause
 * joined after it: "she has completed 6 sessions without any documented functional improvement, and the 8 requested
 * would bring the total to 14".
 */
const WITHOUT_BEFORE = /\bwithout\s(?:[a-z]+\s){0,2}$/i;
const WOULD_AFTER = /^,?(?!\s(?:and|but)\s)[^.;,]{0,80}\bwould\b/;
/**
 * The next sentence says the condition is met: "This record documents it.", "The notes show it.", "The psychologist's
 * report of 8/4/14 provides that evidence.", "Her 6 treatments did that.", "The neck course did exactly that.", "Here
 * it is.", "Celecoxib does that for him", "Her log does both", "... when ... pain and function have improved. Both are
 * documented here.", "Better sleep and a return to cooking and driving document that." (not "The notes do not document
 * that.", nor "The records show that acupuncture has been given"). A period before no capital is no sentence's end ("8
 * C.C.R. 9792.20").
 */
const AFFIRMED_NEXT =
  /^(?:[^.]|\.(?!\s{1,4}[A-Z])){0,120}\.\s{1,4}(?:(?:This|The|Her|His) (?:[a-z']{1,20} ){0,2}?(?:record|records|file|notes?|reports?)(?: of \d{1,2}\/\d{1,2}\/\d{2,4})? (?:documents?|shows?|demonstrates?|provides?) (?:it|this|that|such improvement|(?:that|this|such) evidence)(?=[.,;])|(?:It|They|[A-Z][a-z]{3,20}|(?:The|Her|His|Their) (?:[a-z0-9-]{1,20} ){0,2}(?:sessions|visits|treatments|course|therapy|medication|injections?|log|notes|records?)) (?:did|does|do|has done|have done) (?:just |exactly )?(?:that|so|both)\b|Here (?:it|they|that) (?:is|are|has|have|does|do|did)\.|(?!(?:No|Nothing|None|Neither)\b)(?![^.;]{0,80}?\b(?:not|never|no|nothing)\b)[A-Z][^.;]{0,80}? (?:documents?|shows?|demonstrates?) (?:that|this|it)\.|(?:His|Hers|Theirs|These|Those) (?:did|do)\.|(?:Both|All|Each|That|This)(?: of (?:them|these|those))? (?:are|is|were|was|have been|has been) (?:documented|shown|demonstrated|present|met)\b)/;

/**
 * A condition after a negated rule in the same clause: "... not supported unless ...", "Treatment is not
 * suggested for longer than 2 weeks without evidence of demonstrated efficacy as documented by subjective and
 * objective gains", "a program should not run longer than 2 weeks without evidence of demonstrated efficacy", "treatment
 * should not continue past the sixth without further objective gains", "should not go past 2 weeks without demonstrated
 * efficacy, shown by subjective and objective gains".
 */
const UNLESS_BEFORE = /\b(?:unless|except (?:when|where|if)|(?:(?:not|never) (?:be )?(?:suggest(?:ed)?|recommend(?:ed)?|support(?:ed)?|indicated|warranted)|(?:should|must|may|can) not (?:run|continue|go on|go past|go beyond|be continued|be extended|extend))\b[^.;]{0,80}\bwithout (?:(?:evidence|documentation|demonstration) of|demonstrated (?:efficacy|benefit))\b|(?:(?:not|never) (?:be )?(?:suggest(?:ed)?|recommend(?:ed)?|support(?:ed)?|indicated|warranted)|(?:should|must|may|can) not (?:continue|go on|be continued|be extended|extend))\b[^.;]{0,80}\bwithout (?:further|more|additional|continued|new|sustained) $)/i;

/**
 * "Utilization review found no functional benefit", "the utilization reviewer's statement that 'no functional gains are
 * documented'", "Utilization review wrote that \"there is no documentation of functional benefit\"", "Utilization
 * review non-certified gabapentin because there was \"no documentation of functional improvement\"", "The utilization review
 * denied this medication because \"no functional improvement was documented.\"", "The utilization reviewer non-certified
 * the rental, writing that \"there is no evidence of functional improvement ...\"", "Utilization review
 * treated gabapentin as a continued medication and non-certified it for lack of documented functional benefit",
 * "Utilization review denied it, stating that twelve sessions had already been given and that further acupuncture was not
 * medically necessary without documented functional improvement", "Utilization review held that there was no
 * documentation of functional improvement": utilization review's finding, which the reviewer may go on to reject.
 */
/**
 * "Utilization review's premise that there were no objective gains is not supported: the Oswestry score improved ...":
 * a finding of none, rejected, documents improvement.
 */
const DENIAL_CLAIMED = /\b(?:premise|finding|statement|assertion|claim|conclusion|position)\s(?:that\s)?(?:there\s(?:was|were|is|are|has been|have been)\s)?no\s$/i;
const DENIAL_REJECTED = /^[^.;:]{0,30}?\s(?:is|was)\s(?:not\s(?:supported|borne out|correct|accurate)|wrong|mistaken|incorrect|unfounded)\b/i;

const REVIEW_FOUND =
  /\b(?:[Uu]tilization [Rr]eview(?:er'?s?)?|UR)\b[^.;]{0,80}\b(?:found|finds|stated|states|stating|said|says|wrote|writes|writing|reported|reports|noted|notes|noting|concluded|determined|held|holds|cited|citing|statement|finding|conclusion|because(?: there (?:was|were|is))?|for (?:a |the )?(?:lack|absence) of)\b[^.;]{0,160}$/;

/**
 * "It was started in place of naproxen, which was tried for about three months without functional improvement": what is
 * said of the treatment the item replaced, not of the item.
 */
const OF_THE_ONE_REPLACED = /\b(?:in place of|instead of|replacing)\s(?:the\s|her\s|his\s)?[a-z-]{3,20}(?:\s[a-z-]{3,20})?,\s(?:which|that)\s(?:was|were|had been|has been)\s[^.;]{0,120}$/i;

/** "... is documented,": a mention said plainly to be documented, whatever the clause after it goes on to deny. */
const DOCUMENTED_FOR = /^\s(?:is|was|has been)\s(?:therefore\s|thus\s|clearly\s)?documented\sfor\s/;
const STATED_DOCUMENTED = /^\s(?:is|was|has been)\s(?:clearly\s|well\s)?documented(?=[,;.])/;

/**
 * 'The utilization review physician wrote: "... there is no documented improvement from the aquatic trial."': what
 * utilization review found, quoted, is what the reviewer weighs, not a finding of the reviewer's.
 */
const UR_QUOTE_OPENS = /\b(?:utilization review(?:er)?|UR)\b[^."]{0,60}\b(?:wrote|writes|stated|states|said|says|concluded|concludes|found|finds|noted|notes|reasoned|opined)(?:\s(?:that|as follows))?:?\s{0,3}$/i;
function quotedFromReview(text: string, marks: readonly number[], index: number): boolean {
  const opening = quotationOpening(marks, index);
  return opening >= 0 && UR_QUOTE_OPENS.test(text.slice(Math.max(0, opening - 120), opening));
}

/**
 * Classifies one mention; null when it is a condition or a recommendation, not a finding; 'credited' when the
 * words after it credit the gains to a treatment they name (creditedTo). `marks`: the block's quotation marks.
 */
function classify(text: string, marks: readonly number[], index: number, length: number, denial: boolean): FunctionalImprovement | 'credited' | null {
  const sStart = sentenceStart(text, index);
  const before = clauseBefore(text, sStart, index);
  const after = text.slice(index + length, index + length + 200);
  const labelled = after.includes(':') ? LABELLED_ANSWER.exec(after) : null;
  if (labelled) return labelled[1].toLowerCase() === 'yes' ? 'documented' : 'not-documented';
  const question = after.includes('?') ? ANSWERED_QUESTION.exec(after) : null;
  if (question) return SPLIT_ANSWER.test(question[1]) ? null : NEGATION.test(question[1]) ? 'not-documented' : 'documented';
  if (before.endsWith('no ') && DENIAL_CLAIMED.test(before) && DENIAL_REJECTED.test(after)) return 'documented';
  if (REVIEW_FOUND.test(before)) return null;
  if (marks.length && quotedFromReview(text, marks, index)) return null;
  if (OF_THE_ONE_REPLACED.test(text.slice(sStart, index))) return null;
  if ((before.endsWith(' of ') || before.endsWith(' that ')) && CLAIM_BEFORE.test(before) && REJECTED_AFTER.test(after)) return 'not-documented';
  if (CONDITION_JUST_BEFORE.test(before)) return answerTo(after);
  // "Without documented functional improvement, further acupuncture would not be medically necessary. This record documents it."
  if (WITHOUT_BEFORE.test(before) && WOULD_AFTER.test(after)) return answerTo(after);
  if (RULE_NOT_ASKING.test(before) || MEASURED_BY_BEFORE.test(before) || (WEIGHED_AFTER.test(after) && !NEGATION.test(before))) return null;
  if (denial && FORECAST_BEFORE.test(before)) return null;
  if (denial || COUNTERFACTUAL.test(before)) return 'not-documented';
  if (CONDITION_SATISFIED.test(before)) return NEGATION.test(before) ? 'not-documented' : 'documented';
  if (NEGATED_NEGATION.test(before) || NOT_THAT.test(before) || (DISAGREES_BEFORE.test(before) && ABSENT_AFTER.test(after))) return 'documented';
  const hard = before.includes(' to ') ? HARD_TO_ARGUE.exec(before) : null;
  if (hard) return NEGATION.test(hard[1]) ? 'documented' : 'not-documented';
  // "Repeat injections are not supported unless ... there is documented evidence of functional improvement":
  // the negation is the guideline's rule, and the mention its condition.
  if (UNLESS_BEFORE.test(before)) return answerTo(after);
  // "Although functional improvement is documented, without the number of sessions ... it cannot be determined ...".
  if (STATED_DOCUMENTED.test(after) && !NEGATION.test(before)) return 'documented';
  // "is therefore documented for the aquatic therapy, and it is not documented for the land-based therapy": credited
  // to one, whatever follows for the others; not "documented for" a number or "this drug" (CREDITED_AFTER names whom).
  if (DOCUMENTED_FOR.test(after) && !NEGATION.test(before) && CREDITED_AFTER.test(after)) return 'credited';
  if (NEGATION.test(before.replace(AFFIRMING, '')) || AFTER_NEGATION.test(after) || deniedAfter(after)) return 'not-documented';
  if (CONDITION.test(before) || CONDITION_AFTER.test(after) || definesCondition(text, sStart, index)) return answerTo(after);
  // Gains said to follow from a course the letter names are that course's: whose, the item decides (findFunctionalImprovement).
  if (CREDITED_AFTER.test(after)) return 'credited';
  return 'documented';
}

/** Where the words for the treatment gains are credited to end: a clause's end or a word that starts another phrase. */
const CREDIT_ENDS = /[,.;:(]|\s(?:and|or|while|whereas|but|although|though|when|not|rather|before|after|because|as|with|on|in)\s/;

/**
 * "..., not with gabapentin", "... she received in 2014, but not with physical therapy", "..., and it is not documented
 * for the land-based therapy or for Norco", "... and is not documented for the psychotherapy or the tramadol": the
 * treatment the credit is denied to, after the one it is given to.
 */
const NOT_CREDITED =
  /^[^,.;]{0,30}?,? (?:(?:but )?not (?:with|from|to|by)|(?:and|but) (?:(?:it|that|this) )?(?:is|was|has) not (?:been )?(?:documented|shown) for) (?:the |her |his |their )?([a-z][a-z -]{2,60}?)(?=[,.;:(]|$)/i;

/**
 * The treatment the words after a mention credit its gains to, up to the end of its phrase: "the start of gabapentin",
 * not "the chiropractic care while her cyclobenzaprine was unchanged"; and the one they deny them to: "came with the
 * psychotherapy, not with gabapentin" (`notTo`).
 */
function creditedTo(text: string, end: number): { to: string; notTo: string | null } {
  const after = text.slice(end, end + 200);
  const m = CREDITED_AFTER.exec(after)!;
  const rest = after.slice(m.index + m[0].length, m.index + m[0].length + 100);
  const stop = rest.slice(0, 40).search(CREDIT_ENDS);
  const to = rest.slice(0, stop < 0 ? 40 : stop);
  const denied = stop < 0 ? null : NOT_CREDITED.exec(rest.slice(stop));
  return { to, notTo: denied ? denied[1] : null };
}

/**
 * "There is no documentation of functional improvement from the 8 occupational therapy visits; the grip gains ...": the
 * treatment a finding of no improvement is of, up to the end of its phrase.
 */
function deniedFrom(text: string, end: number): string {
  const rest = text.slice(end + ' from '.length, end + ' from '.length + 40);
  const stop = rest.search(CREDIT_ENDS);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/**
 * "... do not document any functional improvement from it; the gains in her function this year followed the neck
 * therapy and the tramadol", "are attributed to physical therapy", "What she does now came with the program", "the
 * notes describe gains in function, but they credit those gains to the chiropractic care", "objective functional
 * improvement with the chiropractic care she received in 2014, but not with physical therapy", "Functional improvement
 * is therefore documented for the aquatic therapy", "his return to full duty is tied in the record to the naproxen",
 * "the gains in driving, choir and work are credited by her psychologist to psychotherapy": gains the rationale credits
 * to a treatment it names, or to a kind of treatment, which the item tells its own or another's (a drug's gains that
 * came with "the program" are the program's). Not a treatment pointed to as this one, which is the one the rationale is
 * about: "it belongs to this drug".
 */
const CREDITED_AFTER =
  /^(?:\swith(?=\s(?:the|her|his|their)\s[^,.;]{3,60},\s(?:but\s)?not\swith\s)|[^.;]{0,40}?\b(?:followed|came (?:from|with)|(?:is|are|was|were) (?:due|attributable|attributed|owed|credited)(?: by (?:her|his|their|the) [a-z]{3,20})? to|(?:is|are|was|were) (?:tied|linked) (?:in (?:the|her|his) (?:record|records|notes) )?to|resulted from|belongs? to|(?:credits?|credited|attributes?|attributed) (?:those|these|the|such|them|it)(?: gains| improvements?| changes)? to|(?:is|was|has been) (?:therefore |thus |clearly )?documented for))\s(?!(?:this|these)\s(?:drugs?|medications?|medicines?|treatments?|therapy|injections?|sessions|visits)\b)(?:(?:the|her|his|their)\s|(?!(?:the|her|his|their)\s))(?=[a-z])/i;

/** The finding where nothing addresses improvement. */
export const NOT_ADDRESSED: FunctionalImprovementFinding = { status: 'not-addressed', span: null };

/**
 * Whether the words gains are credited to ("the start of gabapentin") name the item the finding is for (`item`), or
 * another item of the letter and not this one (`other`).
 */
export interface NamesItem {
  item(words: string): boolean;
  other(words: string): boolean;
}

/** Names read with no item to tell them by: gains credited by name are no one's, and a finding of none is its reader's. */
const NAMES_NO_ITEM: NamesItem = { item: () => false, other: () => false };

/**
 * The last mention that states a finding decides: letters conclude after weighing the record. Gains credited to a
 * named treatment after it are the item's own, and so documented, where `names` says the name is the item's; gains
 * denied to the item ("came with the psychotherapy, not with gabapentin") leave it not documented, and so does a
 * finding of none "from" a treatment, unless `names` says that treatment is another item.
 */
export function findFunctionalImprovement(blocks: readonly Block[], names: NamesItem = NAMES_NO_ITEM): FunctionalImprovementFinding {
  let result = NOT_ADDRESSED;
  for (const block of blocks) {
    const { finding, credited } = lastFindingIn(block);
    const own = credited.find((c) => names.item(c.to));
    const deniedOwn = credited.find((c) => c.notTo !== null && (c.denied ? !names.other(c.notTo) : names.item(c.notTo)));
    const inBlock = own
      ? { status: 'documented' as const, span: own.span }
      : deniedOwn
        ? { status: 'not-documented' as const, span: deniedOwn.span }
        : finding;
    if (inBlock.status !== 'not-addressed') result = inBlock;
  }
  return result;
}

interface Mention {
  start: number;
  end: number;
  /** The mention itself says improvement is not documented: a benefit only subjective, function unchanged. */
  denial: boolean;
}

/** The plain words NOTHING_CHANGED needs, one at least (no character in them special to a regular expression). */
const UNCHANGED_WORDS = ['changed nothing', 'gained from', 'added nothing', 'add nothing', 'adds nothing', 'depends on', 'to depend on', 'changed with', 'came with', 'came from', 'took nothing', 'because of', 'no different', 'is the same', 'is unchanged', 'could not do', 'has changed', 'no better off', 'no change', 'not helped', 'no objective change', 'no measurable change', 'no functional change', 'not changed', 'not improved', 'where it started', 'where she started', 'where he started', 'where they started', 'where it began', 'where they found', 'where it found', 'not do more', 'not do any', 'not doing', 'doing no more', 'be traced', 'be tied', 'be linked', 'be credited', 'be attributed', 'be set down', 'be put down', 'been traced', 'been tied', 'been linked', 'been credited', 'been attributed', 'been set down', 'been put down', 'is traced', 'is tied', 'is linked', 'is credited', 'is attributed', 'was traced', 'was tied', 'was linked', 'was credited', 'was attributed', 'is different', 'was different', 'nothing to show', 'nothing is different', 'the same as doing', 'the same thing as doing', 'moved him', 'moved her', 'moved them', 'the same things', 'no farther', 'no further', 'no longer than', 'no more than she', 'no more than he', 'nothing shows', 'nothing suggests', 'nothing indicates', 'nothing documents', 'more functional', 'ability to', 'capacity to'];

/**
 * The plain words the patterns after MENTION need: found in one search, faster than a search for each. None starts with
 * a space, which would make every space a place to try.
 */
const PLAIN_WORDS = new RegExp(
  [
    'definition',
    '9792\\.20',
    'subjective',
    'function',
    ...UNCHANGED_WORDS,
    'more than ',
    'meant to do',
    'doing more',
    'more with ',
    'more at ',
    'more on ',
    'no measure',
    'no record',
    'no documentation of',
    '(?:does|do|did|done) for ',
    '(?:let|allow|enable)(?=(?:s|d|ed)? (?:her|him|them))',
  ].join('|'),
  'g',
);

function plainWordsIn(text: string): Set<string> {
  const found = new Set<string>();
  PLAIN_WORDS.lastIndex = 0;
  for (let m = PLAIN_WORDS.exec(text); m; m = PLAIN_WORDS.exec(text)) found.add(m[0]);
  return found;
}

function collectMentions(pattern: RegExp, text: string, denial: boolean, into: Mention[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) into.push({ start: m.index, end: m.index + m[0].length, denial });
}

interface BlockFindings {
  finding: FunctionalImprovementFinding;
  /**
   * The gains after the finding credited to a treatment named, the last first: whose they are depends on the item. A
   * finding of none "from" a treatment (`denied`) is every item's but another item's.
   */
  credited: { to: string; notTo: string | null; denied?: true; span: Span }[];
}

/**
 * A block's last finding, read once however many items share the block. The mentions are
 * classified from the last one back, up to the first that states a finding.
 */
const lastFindingIn = perBlock((block): BlockFindings => {
  const text = block.text;
  const mentions: Mention[] = [];
  collectMentions(MENTION, text, false, mentions);
  // Blocks without the plain words a pattern needs ("definition", "subjective", "function") are not searched for it:
  // one search for all the words is cheaper than the patterns. "not" is in most blocks, and its search is cheap.
  const plain = mentions.length;
  collectMentions(MENTION_MORE, text, false, mentions);
  const words = plainWordsIn(text);
  if (words.has('definition') || words.has('9792.20')) collectMentions(MEETS_DEFINITION, text, false, mentions);
  if (words.has('subjective')) collectMentions(ONLY_SUBJECTIVE, text, true, mentions);
  if (words.has('function')) collectMentions(FUNCTION_UNCHANGED, text, true, mentions);
  if (UNCHANGED_WORDS.some((w) => words.has(w))) collectMentions(NOTHING_CHANGED, text, true, mentions);
  if (words.has('more than ') || words.has('meant to do') || words.has('doing more') || words.has('more with ') || words.has('more at ') || words.has('more on ')) collectMentions(DOING_MORE, text, false, mentions);
  if (words.has('let') || words.has('allow') || words.has('enable')) collectMentions(LET_HER_DO, text, false, mentions);
  if (words.has('no measure') || words.has('no record') || words.has('no documentation of')) collectMentions(NO_MEASURE_OF_FUNCTION, text, true, mentions);
  if (['does for ', 'do for ', 'did for ', 'done for '].some((w) => words.has(w))) collectMentions(TELLS_WHAT_IT_DOES, text, false, mentions);
  collectMentions(NOT_IMPROVEMENT, text, true, mentions);
  if (PLAIN_DENIAL_WORDS.some((w) => text.includes(w))) collectMentions(PLAIN_DENIAL, text, true, mentions);
  if (mentions.length > plain) mentions.sort((a, b) => a.start - b.start);
  // Found once for the block: a quotation of utilization review's finding is read for every mention in it.
  const marks = text.includes('"') ? quoteMarks(text) : [];
  const credited: BlockFindings['credited'] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const { start, end, denial } = mentions[k];
    const status = classify(text, marks, start, end - start, denial);
    if (status === 'credited') credited.push({ ...creditedTo(text, end), span: block.span(start, end) });
    else if (status === 'not-documented' && text.startsWith(' from ', end)) credited.push({ to: '', notTo: deniedFrom(text, end), denied: true, span: block.span(start, end) });
    else if (status) return { finding: { status, span: block.span(start, end) }, credited };
  }
  return { finding: NOT_ADDRESSED, credited };
});
