// Inputs: the notes of a run, read from files, directories, stdin or JSONL lines.
// A note that cannot be read still yields an InputNote carrying the error.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "base/code_spec.h"

namespace notelint::app {

struct InputNote {
  std::string id;
  std::string text;
  std::optional<std::vector<CodeSpec>> codes;  // a JSONL record's "codes"
  std::string error;                           // non-empty: the note could not be read
};

// Expands PATH arguments: files as given, directories to every *.txt / *.note below
// them (sorted), "-" or nothing to stdin (id "<stdin>").
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths);

// Calls `sink` for each note, in input order. With `jsonl`, every line of every
// path is one note (blank lines skipped); otherwise each path is one note.
void ReadNotes(const std::vector<std::string>& paths, bool jsonl, const std::function<void(InputNote)>& sink);

// Parses one JSONL line into a note (an error note when the line is bad).
InputNote ParseJsonlLine(const std::string& line, const std::string& default_id);

}  // namespace notelint::app
