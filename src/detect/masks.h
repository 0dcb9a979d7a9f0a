// Masks: parts of a note that document nothing: unticked checkboxes and
// unfilled template fields with their labels (rules.md reading 24).
#pragma once

#include <cstdint>
#include <vector>

#include "base/source_text.h"
#include "text/normalized_text.h"
#include "text/segmenter.h"

namespace notelint::detect {

struct Range {
  int32_t begin = 0, end = 0;
};

class MaskSet {
 public:
  void Add(int32_t b, int32_t e) { ranges_.push_back(Range{b, e}); }
  void Finish();                            // sorts and merges
  bool Covers(int32_t b, int32_t e) const;  // [b, e) overlaps a masked range
  const std::vector<Range>& ranges() const { return ranges_; }

 private:
  std::vector<Range> ranges_;
};

// Unticked boxes ("[ ]", "☐" after normalization, "( )") mask their text up to the
// next box or the line end; "***", "{blank}", "___" mask themselves and the
// field label in front of them.
MaskSet FindMasks(const SourceText& src, const text::NormalizedText& norm, const text::Segmentation& seg);

}  // namespace notelint::detect
