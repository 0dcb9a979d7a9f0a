// Engine: the loaded knowledge (lexicons, templates, code book), the detector and
// the linter; turns one InputNote into one NoteResult. Built once per run.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/inputs.h"
#include "app/options.h"
#include "detect/mentions.h"
#include "facts/note_facts.h"
#include "lexicon/codebook.h"
#include "lexicon/lexicon_set.h"
#include "lexicon/templates.h"
#include "report/note_result.h"
#include "rules/linter.h"

namespace notelint::app {

// Directory holding the built-in lexicons/ and templates/ (NOTELINT_DATA_DIR
// environment variable, else the source tree the binary was built from).
std::string DataDir();

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Create(const Options& options);

  // Thread-safe.
  report::NoteResult Lint(const InputNote& note) const;
  // The facts of a note without running rules (for `extract`).
  report::NoteResult Extract(const InputNote& note) const;

  const lexicon::CodeBook& codebook() const { return codebook_; }
  const detect::Detector& detector() const { return *detector_; }
  const rules::Linter& linter() const { return *linter_; }

 private:
  Engine() = default;
  report::NoteResult Run(const InputNote& note, bool with_rules) const;

  const Options* options_ = nullptr;
  lexicon::LexiconSet lexicons_;
  lexicon::TemplateSet templates_;
  lexicon::CodeBook codebook_;
  std::unique_ptr<detect::Detector> detector_;
  std::unique_ptr<rules::Linter> linter_;
};

}  // namespace notelint::app
