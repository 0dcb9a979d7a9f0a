// Segment: lines, sections (headings and the lines under them) and sentences of a note.
#pragma once

#include <cstdint>
#include <vector>

#include "base/source_text.h"
#include "text/normalized_text.h"

namespace notelint::text {

// All offsets are byte offsets into NormalizedText::text, half-open.
struct Line {
  int32_t begin = 0, end = 0;  // without the '\n'
  bool blank = false;
  bool heading = false;    // the line starts a section
  int32_t label_end = -1;  // end of a "Label:" prefix, or -1
};

struct Section {
  int32_t begin = 0, end = 0;
  int first_line = 0, last_line = 0;  // 0-based line indices, inclusive
};

struct Sentence {
  int32_t begin = 0, end = 0;
  int line = 0;
  int section = 0;
};

struct Segmentation {
  std::vector<Line> lines;
  std::vector<Section> sections;
  std::vector<Sentence> sentences;

  int LineAt(int32_t pos) const;      // index of the line holding byte `pos`
  int SentenceAt(int32_t pos) const;  // index of the sentence holding `pos` (nearest before)
};

// Splits `norm` (built from `src`). Headings: SOAP letters and "Label:" prefixes,
// ALL-CAPS lines, "Wound #1" blocks, bracketed markers (">>> ... <<<", "[...]"),
// and dictated headings with a trailing comma. Sentences end at ". ", "; ", "!", "?"
// (not after common abbreviations) and at line ends. Thread-safe.
Segmentation Segment(const SourceText& src, const NormalizedText& norm);

}  // namespace notelint::text
