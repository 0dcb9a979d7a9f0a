// PlannedClauses: the steps of a plan field that open with a planning verb
// ("P: increase TE to 30 min next session, add gait trng 15 min") are plans as
// a whole, not today's work (rules.md reading 1); lexicons/plan_clauses.txt
// holds the labels and verbs.
#pragma once

#include <string_view>
#include <vector>

#include "detect/masks.h"
#include "lexicon/lexicon_set.h"
#include "text/segmenter.h"

namespace notelint::detect {

// `text` is the normalized note; `found` the matches of the plan_clauses
// category `cat` in it (keys "label" and "verb"). Returns the planned clauses;
// `today`, when given, gets the clauses of plan fields that say "today" (today's
// work whatever the field's label reads as: "Plan: STM today x 10 min").
std::vector<Range> PlannedClauses(std::string_view text, const text::Segmentation& seg, const lexicon::Category& cat,
                                  const std::vector<lexicon::PhraseMatch>& found, std::vector<Range>* today = nullptr);

}  // namespace notelint::detect
