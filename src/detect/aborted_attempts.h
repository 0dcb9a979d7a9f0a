// AbortedAttempts: an act written as attempted and then stopped ("Attempted
// sharp debridement of slough; aborted due to pain") was not done today; the
// context lexicon's "attempt" and "attempt-stopped" markers find them.
#pragma once

#include <vector>

#include "detect/context.h"
#include "detect/masks.h"
#include "text/segmenter.h"

namespace notelint::detect {

// From the start of each attempt's sentence through the end of the sentence
// holding its stop (the same sentence or the next one).
std::vector<Range> AbortedAttempts(const text::Segmentation& seg, const TriggerIndex& triggers);

}  // namespace notelint::detect
