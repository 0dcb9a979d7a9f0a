// Normalize: original note -> NormalizedText (NFKC + case folding + clinical fixes).
#pragma once

#include "base/source_text.h"
#include "text/normalized_text.h"

namespace notelint::text {

// Precondition: `src` holds valid UTF-8. Never fails.
// Besides NFKC case folding it maps "×" to "x", curly quotes to ASCII, dashes to
// "-", ballot boxes ("☐", "☒", "☑") to "[ ]" / "[x]", drops CR and turns
// non-breaking and other spaces into " ". Thread-safe.
NormalizedText Normalize(const SourceText& src);

}  // namespace notelint::text
