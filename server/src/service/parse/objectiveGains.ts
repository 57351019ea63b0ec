/**
 * Objective gains a rationale describes without naming them "functional improvement": "her Neck
 * Disability Index fell from 42% to 24%", "returned her to full duty", "the restriction against
 * overhead work was lifted", "an increase in his lifting capacity", "stopped the tramadol she had
 * been taking". These are what 8 CCR 9792.20 counts as functional improvement (activities of daily
 * living, work restrictions, dependency on medical treatment), so a rationale that reports them
 * unnegated documents it, though it never says the words.
 */
import type { Block } from '../text/block';
import type { FunctionalImprovementFinding } from './functionalImprovement';
import { wordValue } from './numberWords';

/** A disability score, where a lower score is better, that fell: "Oswestry index fell from 40% to 22%". */
const SCORE_FELL =
  /\b(?:Oswestry|ODI|Neck Disability Index|NDI|QuickDASH|DASH|WOMAC(?: function)?|Pain Disability Index|PDI|Roland[- ]Morris|[Dd]isability [Ii]ndex)\b[^.;]{0,40}?\b(?:fell|fallen|falling|dropped|dropping|decreased|declined|improved|went|has gone|came down|was reduced)\b[^.;]{0,20}?\bfrom\s(\d{1,3})%?\s(?:to|down to)\s(\d{1,3})%?/g;
/** A score that fell by so many points: "a 12-point fall in the Beck score", "a 20-point drop in her Oswestry index". */
const POINT_FALL =
  /\b(?:\d{1,2}|[a-z]{3,8})-point (?:fall|drop|decrease|decline|reduction|improvement) in (?:the |her |his |their )?(?:Beck|BDI|PHQ-?9|GAD-?7|Oswestry|ODI|Neck Disability Index|NDI|Pain Disability Index|PDI|Roland[- ]Morris|QuickDASH|DASH|[Dd]isability [Ii]ndex)\b/g;
/** A disability score told before the one it fell from: "an Oswestry score of 26%, down from 42%". */
const SCORE_DOWN_FROM =
  /\b(?:Oswestry|ODI|Neck Disability Index|NDI|QuickDASH|DASH|Pain Disability Index|PDI|Roland[- ]Morris|[Dd]isability [Ii]ndex)\b[^.;]{0,30}?\b(\d{1,3})%?,?\s(?:down|improved) from\s(\d{1,3})%?/g;
/**
 * A function score, where a higher score is better, that rose: "Patient-Specific Functional Scale average has
 * gone from 3.0 to 7.3", "her Upper Extremity Functional Index rose from 38/80 to 61/80", "his grip strength went from 20 to 38 kg",
 * "her lifting rose from 10 to 25 pounds", "His floor-to-waist lift went from 10 to 30 pounds".
 */
const SCORE_ROSE =
  /\b(?:Patient-Specific Functional Scale|PSFS|Lower Extremity Functional Scale|LEFS|Upper Extremity Functional (?:Index|Scale)|UEFI|[Gg]rip strength|(?:[Hh]er|[Hh]is|[Tt]heir) (?:floor-to-waist |overhead )?lift(?:ing)?(?: capacity| tolerance)?)\b[^.;]{0,40}?\b(?:rose|risen|increased|improved|went up|went|has gone|climbed)\b[^.;]{0,20}?\bfrom\s(\d{1,3}(?:\.\d{1,2})?)(?:\/\d{1,3})?\s(?:to|up to)\s(\d{1,3}(?:\.\d{1,2})?)/g;
/**
 * "returned to full duty", "is back at full duty", "has been back at full duty", "returned to part-time work", "went
 * back to her regular job", "returned to her regular cafeteria duties", "had gone from modified duty back to his
 * regular job", "to a part-time schedule and then back to her full-time job", "lifted the restriction against overhead
 * work", "is now back on the packing line for full eight-hour shifts", "The reports ... describe her back at her
 * regular cook's job", "went back to her bookkeeping job full time", "removed the lifting limit", "has replaced the
 * restriction against any use of the left arm with ...", "changed her work status from a 10-pound lifting limit to full
 * duty", "went back to the bakery on 4/7/14 at full duty", "his employer took him back on modified duty", "went back to
 * her receptionist job 20 hours a week", "back in the cafeteria at full hours", "back at her teller window full time",
 * "raised her keyboard limit from 3 hours a day to 6", "she has gone back to work 4 hours a day", "she went back to her desk
 * three days a week", "she is back at work half days", "he has been back on his own route", "went back to work in
 * 09/2018 after ten months off", "her lifting limit was lifted", "her lifting limit has risen from 10 to 25 pounds", "she
 * has gone from no work to six hours a day", "with ... a return to full duty", "a return to work are documented", "went
 * back to work as a bookkeeper four hours a day".
 */
const WORK_GAIN =
  /\b(?:(?:returned|(?<=\b(?:a|her|his|their) )return|went back|is (?:now )?back|was back|(?:has |had )?been back|has gone back|then back|took (?:her|him|them) back|(?:describes?|described) (?:her|him) back|(?:had |has )?(?:gone|went|moved|progressed) from modified (?:duty|work)(?: back)?)(?:\s(?:her|him|them))?\s(?:to|at|on|in)\s(?:[a-z'-]{1,20}\s|\d{1,2}\/\d{1,2}\/\d{2,4}\s){0,5}?(?:(?:full|full-time|part-time|regular|unrestricted|modified|light|her usual|his usual|her own|his own)\s(?:[a-z'-]{3,12}\s)?(?:\d{1,2}-hour\s)?(?:duty|duties|work|shifts?|jobs?|schedule|route)|full[- ](?:time|hours|days))|(?:went|gone|is|was) back (?:to|at) (?:(?:her|his) (?:[a-z'-]{1,15}\s){0,2})?(?:job|work|duties|desk) (?:as an? [a-z-]{3,20} )?(?:full[- ]time|half[- ]days|part[- ]time|(?:\d{1,2}|[a-z]{3,6}) (?:hours|days) a (?:week|day))|(?:returned|went back|gone back) to work (?:in \d{1,2}\/\d{2,4} |on \d{1,2}\/\d{1,2}\/\d{2,4} )?after (?:[a-z]{3,9}|\d{1,2}) (?:months|weeks|years) (?:off|away|out)|(?:lifted|removed|replaced|eased|relaxed|narrowed)\s(?:the|her|his|all)\s(?:work\s|lifting\s)?(?:restrictions?|limits?)|raised\s(?:the|her|his)\s(?:[a-z]{3,12}\s)?limit|changed (?:her|his|their) work status (?:from [^.;]{0,40}? )?to (?:full|regular|unrestricted) duty|(?:restrictions?|limits?)\s(?:[a-z]{1,20}\s){0,6}?(?:(?:was|were|has been|have been)\s(?:lifted|removed|raised|eased|relaxed)|(?:has|have)\s(?:risen|gone up)\sfrom)|(?:has gone|went) from (?:no work|not working|(?:temporary )?total disability) to|(?<=\b(?:a|her|his|their) )return to work\b(?! (?:restrictions?|status|evaluation|plan|goals?)\b))\b/gi;
/**
 * A daily task done better: "an increase in his lifting capacity at work", "her sitting tolerance improved", "her
 * standing tolerance at work increased", "his lifting more than doubled, his sitting tolerance tripled", "tripled walking
 * tolerance".
 */
const CAPACITY_GAIN =
  /\b(?:(?:increase|improvement|rise|gain)s?\sin\s(?:his|her|their)\s(?:lifting|walking|sitting|standing|carrying|work)\s(?:capacity|tolerance)|(?:lifting|walking|sitting|standing|carrying|work)\s(?:capacity|tolerance)\s(?:(?:at|in)\s(?:work|home)\s)?(?:has\s)?(?:increased|improved|rose|went up|doubled|tripled)|(?:doubled|tripled)\s(?:lifting|walking|sitting|standing|carrying)\s(?:capacity|tolerance)|(?:[Hh]is|[Hh]er|[Tt]heir)\s(?:lifting|walking|sitting|standing|carrying)\s(?:has\s)?more than (?:doubled|tripled))\b/g;
/**
 * A medication given up that was taken until then: "stopped the tramadol she had been taking at
 * night", "stopped taking the muscle relaxant", "no longer took the diphenhydramine she had been buying", "has
 * stopped the over-the-counter diphenhydramine he was taking most nights", "has stopped the cyclobenzaprine he used to
 * take at night", less
 * dependency on medical treatment. Not one stopped for its
 * side effects.
 */
const MEDICATION_STOPPED =
  /\b(?:stopped|discontinued|gave up|no longer (?:takes|took|uses|used))\s(?:taking\s)?(?:(?:the\s|her\s|his\s)?(?:oral\s|evening\s|nightly\s|daily\s|over-the-counter\s)?[a-z]{4,20}\s(?:she|he)\s(?:(?:had\s|has\s|was\s)(?:been\s)?(?:taking|taken|using|used|buying)|used to (?:take|use))|(?:the|her|his)\s(?:muscle relaxants?|sleeping (?:pills?|medications?)|pain (?:pills?|medications?)|opioids?|narcotics?))\b(?![^.;]{0,60}\b(?:because|due to|side effects?|ran out|could not afford))/g;
/**
 * "she no longer needs a sleeping medication", "no longer uses the lumbar support", "he has put his cane away", "she no
 * longer needs her husband to help her into her coat": less dependency on medical treatment, or on others.
 */
const MEDICATION_NOT_NEEDED =
  /\b(?:(?:put|has put|had put|packed) (?:her|his|their) (?:cane|walker|crutches|brace) away|no longer needs? (?:(?:her|his|their) (?:husband|wife|partner|daughter|son|mother|father|sister|brother|children|family|neighbou?r|caregiver|aide)|anyone|someone) to\b|no longer (?:needs|takes|uses|requires|wears)\s(?:a\s|an\s|the\s|her\s|his\s|any\s)?(?:[a-z-]{1,20}\s){0,2}?(?:medications?|medicines?|(?:muscle )?relaxants?|opioids?|narcotics?|pain pills|sleep(?:ing)? (?:aids?|pills)|canes?|walkers?|crutches|braces?|supports?|splints?|collars?))\b/g;
/**
 * "she went back to driving her morning route, which she had given up", "she is driving again", "she was sleeping
 * through the night, lifting her son and her laundry again", "she cooks the evening meal for her family again", "can
 * again carry her laundry basket", "she again drives herself to work", "started mowing his own lawn again", "has taken
 * up knitting again", "he loads the delivery vans again", "was again walking her dog", "she can again bend to pick from
 * the bottom rack", "picks up her son again", "she does her own hair again", "again drove her children to school", "he
 * was able to drive again", "he again carries his daughter up to bed", "She again folds and puts away the family's
 * laundry", "she was again able to carry her groceries in from the car", "She sits through her grandson's ball games
 * again", "he could again sit through his 40-minute commute" (past, not a condition), "went back to church", "she has resumed
 * driving and shopping": a daily task taken up again.
 */
const ACTIVITY_RESUMED =
  /\b(?:(?:(?:went|gone|got|is|was) back to|resumed) (?:driving|walking|running|cooking|gardening|swimming|coaching|golfing|dancing|bowling|hiking|shopping|church|the gym)\b|(?:driv|walk|runn?|cook|garden|swimm?|coach|golf|danc|bowl|hik|work|lift|carr|kneel|climb|mow|knitt?|shopp?|clean|vacuum|fish|bik|load|pick|sitt?)(?:ing|ying|e?s|ies) (?:[a-z'-]{1,12} ){0,8}?again|(?:does|did|doing) (?:her|his|their) own (?:[a-z]{3,12} ){1,2}again|(?:(?:is|was|are|were) (?:now )?able to|can|could) (?:drive|walk|cook|lift|carry|work|climb|kneel|shop|clean|garden|mow|type|dress|bathe|run|swim|golf|dance|bowl|hike|coach|fish|bike|load|reach|bend|hang) (?:[a-z']{1,12} ){0,6}?again|(?:(?:can|could) again|again(?: able to)?) (?:sit|stand|walk|lift|drive|carry|carries|climb|kneel|cook|work|dress|bend|reach|shop|clean|type|turn|fold|wash|iron|drove|walked|cooked|worked|lifted|carried|climbed|shopped|cleaned|dressed|folded|washed|ironed)(?:s|ing)?)\b/g;
/**
 * "sleeping 6 hours a night instead of 3", "six hours of sleep instead of three", "he sleeps twice as long as before",
 * "sleeps through most nights": sleep regained.
 */
const SLEEP_GAIN =
  /\b(?:sleep(?:s|ing)?|slept)\s(?:(?:about|nearly|almost|over)\s)?(?:\d{1,2}|[a-z]{3,6})\shours(?:\sa night)?\s(?:instead of|rather than|up from)\s(?:\d|[a-z]{3,6}\b)|\b(?:\d{1,2}|[a-z]{3,6})\shours of sleep(?:\sa night)?\s(?:instead of|rather than|up from)\s(?:\d|[a-z]{3,6}\b)|\b(?:sleeps|sleeping|slept)\s(?:twice|three times)\sas long|\b(?:sleeps|sleeping|slept)\sthrough (?:the|most) nights?\b/g;
/**
 * "cut her hydrocodone from 6 tablets a day to 4", "reduced his Norco use from four a day to two", "his Norco was tapered
 * from 3 tablets to 1 tablet a day", "she has needed only
 * two tablets a day instead of four": less medication.
 */
const MEDICATION_CUT =
  /\b(?:(?:(?:cut|reduced|lowered|decreased|tapered)\s(?:her|his|their)\s(?:use of\s(?:the\s)?)?[a-zA-Z/-]{4,20}(?:\s(?:use|intake|dose))?|(?:[Hh]er|[Hh]is|[Tt]heir)\s[a-zA-Z/-]{4,20}(?:\s(?:use|intake|dose))?\s(?:was|has been|had been)\s(?:cut|reduced|lowered|decreased|tapered))\sfrom\s(?:\d{1,3}|[a-z]{3,6})(?:\s(?:tablets|pills|doses|capsules))?(?:\s(?:a|per)\sday)?\sto\s(?:\d|[a-z]{3,6}\b)|(?:needs|needed|takes|took|uses|used) only (?:\d{1,2}|[a-z]{3,6}) (?:tablets|pills|capsules|doses|patches) (?:a|per) (?:day|night|week) (?:instead of|rather than|down from) (?:\d{1,2}|[a-z]{3,6})\b)/g;
/**
 * "she was able to walk for 30 minutes compared with 10 minutes before gabapentin was started", "sits 40 minutes instead of
 * 15", "she lifts 25 pounds, up from 10", "he walks 30 minutes daily, up from 10": a longer tolerance or a heavier lift,
 * where the first number is the larger.
 */
/** "with naproxen the patient can stand for 2 hours at a time at work, compared with 30 minutes without it": hours against minutes. */
const HOURS_FOR = /\b(?:walk|sit|stand|drive|work)(?:s|ing)?\s(?:for\s)?(\d{1,2})\shours?\b[^.;]{0,40}?,?\s(?:compared (?:with|to)|instead of|rather than|up from|versus)\s(\d{1,3})\sminutes\b/g;
const LONGER_FOR = /\b(?:walk|sit|stand|drive|lift|carr(?:y|ie))(?:s|ing)?\s(?:for\s)?(\d{1,3})\s(?:minutes|pounds)(?:\s(?:a day|daily|at a time))?(?:\s|,\s)(?:compared (?:with|to)|instead of|rather than|up from|versus)\s(\d{1,3})\b/g;
/**
 * "with it he could kneel and lay flooring through a full day", "on it she works full shifts", "drives his full route on
 * it", "with naproxen the patient can sit through a full 8-hour shift", "On naproxen his pain falls from 7/10 to 3/10 and
 * he works full shifts", "with it his pain falls ..., he works full shifts": a full day's work on the treatment.
 */
const FULL_DAY_ON_IT =
  /\b(?:(?:[Ww]ith|[Oo]n) (?:it|them|the (?:medication|drug|medicine)|[A-Za-z]{4,20}),? (?:[^.;]{0,80}?(?: and|,) )?(?:she|he|they|the (?:patient|injured worker)) (?:could|can|is able to|was able to|works?|worked) (?:[a-z'-]{1,15} ){0,6}?(?:through )?(?:a |her |his |their )?full (?:\d{1,2}-hour )?(?:day|days|shifts?|duty|workdays?|time|hours)|(?:works?|worked|drives?|drove) (?:her |his |their )?full (?:route|shifts?|days?|workdays?|hours) (?:on|with) (?:it|them|the (?:medication|drug|medicine)))\b/g;
/** "The records show ... the ability to work full shifts", "he is able to stand through a full 8-hour shift": a full day's work. */
const ABLE_FULL_DAY =
  /\b(?:(?<!\b(?:lacks?|lacked|lost|loses|lacking|losing) )(?:the|an|her|his|their) (?:ability|capacity) to|(?:is|are|was|were) (?:now )?able to) (?:work|stand|sit|drive) (?:through )?(?:a |her |his |their )?full (?:\d{1,2}-hour )?(?:shifts?|days?|workdays?|duty)\b/g;
/**
 * "she is back at work half days, drives herself there, and shops alone, none of which she could do before", "works his
 * 4-hour shifts and walks his dog daily, which he could not do before it was started", "has returned to overhead work on
 * the lifts, which he could not do in June", "does her own grocery shopping, which she could not do when the refill was held
 * for two weeks": tasks she could not do before, or without the drug.
 */
/**
 * "on the days he takes it he finishes the floor buffing on his shift, which he cannot do without it", "without it he
 * cannot sleep more than two hours or walk his dog": done only on the drug.
 */
const NOT_WITHOUT =
  /\bwhich (?:she|he|they) (?:cannot|can not|can't|could not|couldn't) do without (?:it|them)\b|\bwithout (?:it|them),? (?:she|he|they) (?:cannot|can not|can't|could not|couldn't) (?:sleep|walk|work|drive|sit|stand|lift|dress|shop|cook|clean)\b/g;
const NOT_BEFORE =
  /\b(?:none of which (?:she|he|they) could do|(?:(?:all )?of )?which (?:she|he|they) could not do) (?:before\b|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|when (?:the|her|his|their) (?:refill|prescription|medication) was (?:held|delayed|late|stopped|not refilled)\b)/g;
/** "Tramadol ER ... allowed him to stop Norco and lets him work full shifts": what the treatment makes possible. */
const LETS_HIM = /\b(?:lets|let|allows|allowed|enables|enabled) (?:her|him|them) (?:to )?(?:work (?:full|full-time) (?:shifts|days|hours|duty)|stop (?:taking )?(?:the |her |his )?[A-Za-z]{4,20})\b/g;
/** "She has gone from being unable to walk her dog to walking two blocks": from a task she could not do to doing it. */
const UNABLE_TO_DOING = /\b(?:gone|went|progressed) from (?:being )?(?:unable|not able) to [a-z' -]{3,40}? to [a-z]{2,12}ing\b/g;
/** "He has gone from three tramadol a day to one": fewer doses a day, where the second number is the smaller. */
const FEWER_A_DAY = /\b(?:gone|went) from (\d{1,2}|[a-z]{3,6}) [a-zA-Z/-]{4,20}(?: (?:tablets|pills|capsules|doses))? (?:a|per) day to (\d{1,2}|[a-z]{3,6})\b/g;
const amount = (written: string): number => (/^\d/.test(written) ? Number(written) : wordValue(written));
/**
 * "she can now sit through a meeting", "he is now able to drive", "she could now lift her grandson's car seat", "by
 * 05/06/2015 he could carry a gallon of milk", "a woman who now walks the grocery store aisles on her own", "she
 * now dresses and does her hair without help", "he now walks for 40", "Now he drives his daughter to school", "came into
 * the program on a cane and now walks the halls without it": a daily task the patient could not do before.
 */
const CAN_NOW =
  /\b(?:[Ss]he|[Hh]e|[Tt]hey|who|and) (?:(?:can now|could now|is now able to|are now able to|now can|could(?<=\b[Bb]y \d{1,2}\/\d{1,2}\/\d{2,4},? (?:she|he|they) could)) (?:sit|stand|walk|lift|drive|sleep|work|climb|carry|dress|cook|shop|kneel|bend|reach|type|play|garden|clean|vacuum|bathe)|now (?:dresses|bathes|showers|drives|walks|lifts|carries|cooks|shops|cleans|climbs|kneels|types|puts on|does (?:her|his|their) (?:hair|own|shopping|housework|laundry)))\b|(?<=\bNow,? )(?:she|he|they) (?:dresses|bathes|showers|drives|walks|lifts|carries|cooks|shops|cleans|climbs|kneels|types)\b/g;
/**
 * What a medication does, told by what happens without it: "when his prescription lapsed for a week he missed two days
 * of work", "on the three days he ran out he left work early", "when he ran out, he came off the route early", "he left
 * work at noon both days", "he loses work without it", "on the two occasions his prescription was delayed he missed
 * work", "when she tried going without the medication she had to pull over and call in late", "when a refill was held
 * up for four days she left the sorting line early", "when she ran out for a week she called in sick twice", "when his
 * meloxicam lapsed ... he was moved off the lift bays", "when a refill came late, she went home early two days
 * running", "he stopped it for a week ..., and he left the route early", "The 9 days without celecoxib cost her four
 * early departures and a missed shift", "when he went without it for 10 days he could walk only 5 hours of it", "When
 * the prescription was not refilled for eight days in 09/2015 she went home early on three shifts", "when a pharmacy
 * error left her without it ... she left her modified-duty shifts early twice", "when a pharmacy delay left her without
 * it, she cut two client visits short and took one day off", "on the few work nights she has gone without it, ... she
 * woke at 1 or 2 in the morning ... and was late for her 5 a.m. start", "her refill was held up for a week, and she
 * went home at lunch four days that week", and in the next sentence: "he went five days without it. He stayed home
 * three of those days", "In January he was off it for 10 days ... He called in sick twice", "when her insurer held it
 * for three days, she did not get out of bed", "he ran out for a week and called in two of those nights", "His doctor
 * tried him on three a day in June, and for those two weeks he was going home early", "she ran out for a week and could
 * get through only 9 rooms a day", "when he cut to two he left the site early four days", "without it she is moved to
 * bagging by midday", "On naproxen he works ten-hour shifts; the week he was off it he could not", "when he ran out for
 * two days in 09/2013 he missed a program day", "without it in 12/2017 he could not walk his daughter to school, and on
 * it he does", "the two weeks without it show that: he needed a cane and stopped gardening", "the two weeks without it
 * cut him to half a route and took him off walking duty", "a week without it in April left her in bed".
 */
const LAPSE_LOSS =
  /\b(?:(?:lapsed|ran out|went without|gone without|going without|without it|off (?:it|them) for|held (?:it|them)|tried (?:him|her|them) on (?:one|two|three|four|\d) a day|(?:cut|dropped) (?:back )?to (?:one|two|three|four|\d)\b|(?:was|were) off (?:it|them)\b|(?:days?|weeks?) without (?:the |her |his )?[a-z]{4,20}|did not take it|stopped it|came late|(?:was|were) (?:delayed|held up|not (?:re)?filled))\b(?:[^.;]|\.\s{1,2}(?=[A-Z])|;\s){0,120}?\b(?:put on (?:the )?desk|(?:went|going|gone) home (?:early|at lunch|at noon|at midday)|stayed home|did not get out of bed|(?:stayed|left (?:her|him|them)|kept (?:her|him|them)) in bed\b|called in (?:\w{1,8} ){1,3}(?:days|nights|shifts)\b|early departures?|missed shifts?|missed (?:\w{1,12} ){0,2}(?:days?|shifts?) of work|missed (?:\w{1,12} ){0,2}(?:shifts?|work)|missed (?:a|an|one|two|three|\d) (?:program|work|class) days?|left (?:work|(?:the|his|her|their) (?:[a-z-]{3,14} )?(?:site|job|shop|plant|warehouse|office|line|shifts?|route|crew|yard|floor)) (?:early|at noon|at midday)|cut (?:\w{1,12} ){1,3}short|took (?:a|one|two|three|\d) (?:days?|shifts?) off|call(?:ed|s)? in (?:late|sick)|(?:was|were) late (?:for|to) (?:work|(?:her|his|their) (?:[\w.]{1,12} ){0,2}(?:start|shift|job))|(?:is|was|were|gets|got) moved (?:off|to)\b|cut (?:him|her|them) (?:back )?to (?:half|part|one|two|three|four|\d)\b|took (?:him|her|them) off (?:(?:his|her|their|the) )?(?:[a-z-]{3,14} )?(?:duty|route|shifts?|line|floor|job|work)\b|(?:came|went) off (?:the|his|her|their) (?:route|shift|job) early|could (?:only [a-z]{3,10}|(?:[a-z]{3,10} ){1,2}only)\b|could not (?:finish|complete) (?:his|her|their) (?:shifts?|route)|could not(?=[.;,])|could not (?:[a-z'-]{1,15} ){1,6}?[a-z'-]{1,15},? (?:and|but) (?:on|with) (?:it|them) (?:she|he|they) (?:does|do|can|could)\b)|(?:needed|used) (?:a|her|his|the) (?:cane|walker|crutches)\b|(?:gave up|stopped) [a-z]{3,15}ing\b|(?:loses|lost|misses|missed) (?:work|shifts|days of work) without it)/g;

/**
 * Words before a gain in its clause that deny or question it, or ask for it: "has not returned to full duty", "if he returns to
 * ...", "The guideline asks for a 10-point fall".
 * Not the state a gain starts from: "she went from not working at all to a part-time schedule and then back to her
 * full-time job" (FROM_NOT, taken out first), nor a gain's own "without": "she now manages her stairs without a rest and
 * no longer needs a walker".
 */
const NOT_A_GAIN = /\b(?:no|not|never|nor|without(?! (?:a |an |any )?(?:rest|break|stopping|help|assistance|difficulty|cane|walker|crutches|brace|limping)\b)|unless|if|until|would|could|should|goals?|expected|hope[sd]?|hoping|aims? (?:for|at)|before|asks? for|calls? for|requires?)\b|n't\b/i;
const FROM_NOT = /\bfrom not\b/g;
/** Where the clause of a gain starts. */
const CLAUSE_START = /[.;:!?]\s|,\s(?:but|and|although|though|while|whereas)\s/g;

/** The start of the clause that holds `at`. */
function clauseStart(text: string, at: number): number {
  const window = Math.max(0, at - 200);
  let start = window;
  CLAUSE_START.lastIndex = window;
  for (let m = CLAUSE_START.exec(text); m && m.index < at; m = CLAUSE_START.exec(text)) start = m.index + m[0].length;
  return start;
}

/** Each pattern, with a plain search a block must pass for it to be tried. */
const GAINS: [RegExp, (text: string) => boolean][] = [
  [SCORE_FELL, (text) => text.includes(' from ')],
  [SCORE_ROSE, (text) => text.includes(' from ') && (text.includes('unction') || text.includes('rip strength') || text.includes(' lift'))],
  [SCORE_DOWN_FROM, (text) => text.includes('down from') || text.includes('improved from')],
  [POINT_FALL, (text) => text.includes('-point ')],
  [WORK_GAIN, (text) => text.includes('estriction') || text.includes('back') || text.includes('return') || text.includes(' limit') || text.includes('work status') || text.includes(' from no') || text.includes(' disability to')],
  [MEDICATION_STOPPED, (text) => text.includes('stopped') || text.includes('discontinued') || text.includes('gave up') || text.includes('no longer')],
  [MEDICATION_NOT_NEEDED, (text) => text.includes('no longer') || text.includes(' away')],
  [CAN_NOW, (text) => text.includes(' now ') || text.includes('Now') || text.includes(' could ')],
  [ACTIVITY_RESUMED, (text) => text.includes('back to ') || text.includes('again') || text.includes('resumed ')],
  [SLEEP_GAIN, (text) => text.includes('slep') || text.includes('sleep')],
  [MEDICATION_CUT, (text) => (text.includes(' from ') && text.includes(' to ')) || text.includes(' only ')],
  [UNABLE_TO_DOING, (text) => text.includes(' from being unable') || text.includes(' from unable') || text.includes(' from not able')],
  [LETS_HIM, (text) => text.includes('lets ') || text.includes('let ') || text.includes('allow') || text.includes('enable')],
  [FEWER_A_DAY, (text) => text.includes(' from ') && text.includes(' day to ')],
  [CAPACITY_GAIN, (text) => text.includes('capacity') || text.includes('tolerance') || text.includes('more than doubled') || text.includes('more than tripled')],
  [LONGER_FOR, (text) => text.includes(' minutes ') || text.includes(' pounds')],
  [HOURS_FOR, (text) => text.includes(' hour') && text.includes(' minutes')],
  [NOT_BEFORE, (text) => text.includes('which ')],
  [NOT_WITHOUT, (text) => text.includes(' do without ') || text.includes('without it') || text.includes('without them')],
  [ABLE_FULL_DAY, (text) => text.includes(' full ') && (text.includes('ble to') || text.includes('ity to'))],
  [FULL_DAY_ON_IT, (text) => text.includes(' full ')],
  [LAPSE_LOSS, (text) => ['lapsed', 'ran out', 'without', 'delayed', 'held up', 'stopped it', 'came late', 'filled', 'off it', 'off them', 'held it', 'held them', 'tried him on', 'tried her on', 'cut to', 'cut back to', 'dropped to', 'dropped back to'].some((w) => text.includes(w))],
];

function gainIn(block: Block): FunctionalImprovementFinding | null {
  const text = block.text;
  for (const [pattern, worthTrying] of GAINS) {
    if (!worthTrying(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // A change of a few points is within a score's noise: "from 40% to 38%" is holding steady.
      if ((pattern === SCORE_FELL && Number(m[2]) > Number(m[1]) * 0.85) || (pattern === SCORE_DOWN_FROM && Number(m[1]) > Number(m[2]) * 0.85)) continue;
      if (pattern === SCORE_ROSE && Number(m[2]) < Number(m[1]) * 1.15) continue;
      if (pattern === FEWER_A_DAY && !(amount(m[2]) < amount(m[1]))) continue;
      if (pattern === LONGER_FOR && !(Number(m[1]) > Number(m[2]))) continue;
      if (pattern === HOURS_FOR && !(Number(m[1]) * 60 > Number(m[2]))) continue;
      if (NOT_A_GAIN.test(text.slice(clauseStart(text, m.index), m.index).replace(FROM_NOT, ''))) continue;
      return { status: 'documented', span: block.span(m.index, m.index + m[0].length) };
    }
  }
  return null;
}

/** Documented, where one of `blocks` reports an objective gain; else not addressed. */
export function findObjectiveGains(blocks: readonly Block[]): FunctionalImprovementFinding {
  for (const block of blocks) {
    const found = gainIn(block);
    if (found) return found;
  }
  return { status: 'not-addressed', span: null };
}
