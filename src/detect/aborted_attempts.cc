// Attempts followed by a stop within the next sentence.
#include "detect/aborted_attempts.h"

#include <algorithm>

namespace notelint::detect {

std::vector<Range> AbortedAttempts(const text::Segmentation& seg, const TriggerIndex& triggers) {
  std::vector<Range> out;
  if (seg.sentences.empty()) return out;
  for (const TriggerIndex::Marker& a : triggers.markers) {
    if (*a.key != "attempt") continue;
    int si = seg.SentenceAt(a.begin);
    int last = std::min<int>(si + 1, static_cast<int>(seg.sentences.size()) - 1);
    for (const TriggerIndex::Marker& s : triggers.markers) {
      if (*s.key != "attempt-stopped" || s.begin < a.end || s.begin >= seg.sentences[last].end) continue;
      out.push_back(Range{seg.sentences[si].begin, seg.sentences[seg.SentenceAt(s.begin)].end});
      break;
    }
  }
  return out;
}

}  // namespace notelint::detect
