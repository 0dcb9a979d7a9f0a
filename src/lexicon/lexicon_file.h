// LexiconFile: one parsed lexicons/*.txt file ("key [flags] : phrase | phrase | /re/").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace notelint::lexicon {

struct Entry {
  std::string key;                   // canonical key written in output
  std::vector<std::string> flags;    // e.g. {"specific", "paired"}
  std::vector<std::string> phrases;  // as written (lowercase); "/re/" for regexes
  std::string origin;                // "file:line" for messages

  bool HasFlag(std::string_view f) const;
};

struct LexiconFile {
  std::string category;  // file name without ".txt"
  std::vector<Entry> entries;
};

// Parses the text of one file. Errors name `path:line`.
Result<LexiconFile> ParseLexicon(std::string_view category, std::string_view path, std::string_view text);

// Reads a whole file into `out`.
Status ReadFile(const std::string& path, std::string& out);

}  // namespace notelint::lexicon
