// Options: raw command-line arguments and INI config -> validated settings.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/code_spec.h"
#include "base/severity.h"
#include "base/status.h"
#include "rules/linter.h"

namespace notelint::app {

enum class Format { kText, kJson, kJsonl, kSarif, kGithub };
enum class InputKind { kText, kJsonl };
enum class FailOn { kError, kWarning, kInfo, kNever };

struct Options {
  std::string verb;                // check, rules, explain, codes, extract, context, help, version
  std::vector<std::string> paths;  // positional arguments after the verb
  std::optional<std::vector<CodeSpec>> codes;
  Format format = Format::kText;
  InputKind input = InputKind::kText;
  FailOn fail_on = FailOn::kError;
  rules::LintConfig lint;
  std::vector<std::string> lexicon_dirs, template_dirs;
  int jobs = 0;  // 0: all cores
  std::string color = "auto";
  bool quiet = false;
  std::string help_text;  // filled for --help
};

// Parses argv (config files included: --config FILE, else ./notelint.ini when present).
// Unknown flags, bad values and unknown rule ids are Invalid statuses (exit 2).
Result<Options> ParseOptions(int argc, const char* const* argv);

}  // namespace notelint::app
