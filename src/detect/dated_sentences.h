// DatedEarlierSentences: sentences that open with a date other than the
// note's date of service ("On 02/26 slough was removed ..." in a 03/05 note)
// tell an earlier (or a later) visit, not today's service.
#pragma once

#include <string_view>
#include <vector>

#include "text/segmenter.h"

namespace notelint::detect {

struct DatedRange {
  int32_t begin, end;
};

// `text` is the normalized note. The date of service is a labelled one ("DOS:",
// "Date of service:", "Visit date:") or else the first date of the note's first
// two lines; without one, nothing is returned.
std::vector<DatedRange> DatedOtherVisitSentences(std::string_view text, const text::Segmentation& seg);

}  // namespace notelint::detect
