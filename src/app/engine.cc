// Loading knowledge once and running the pipeline for one note.
#include "app/engine.h"

#include <cstdlib>

#include "report/facts_json.h"
#include "text/utf8_check.h"

namespace notelint::app {

std::string DataDir() {
  if (const char* env = std::getenv("NOTELINT_DATA_DIR"); env && *env) return env;
  return NOTELINT_DATA_DIR;
}

Result<std::unique_ptr<Engine>> Engine::Create(const Options& options) {
  std::unique_ptr<Engine> e(new Engine());
  e->options_ = &options;
  std::string base = DataDir();
  std::vector<std::string> lex = {base + "/lexicons"};
  lex.insert(lex.end(), options.lexicon_dirs.begin(), options.lexicon_dirs.end());
  auto lexicons = lexicon::LexiconSet::Load(lex);
  if (!lexicons.ok()) return lexicons.status();
  e->lexicons_ = std::move(lexicons.value());
  std::vector<std::string> tpl = {base + "/templates"};
  tpl.insert(tpl.end(), options.template_dirs.begin(), options.template_dirs.end());
  auto templates = lexicon::TemplateSet::Load(tpl);
  if (!templates.ok()) return templates.status();
  e->templates_ = std::move(templates.value());
  auto book = lexicon::CodeBook::Load(base + "/lexicons/codebook/codebook.txt");
  if (!book.ok()) return book.status();
  e->codebook_ = std::move(book.value());
  e->detector_ = std::make_unique<detect::Detector>(e->lexicons_, &e->templates_);
  e->linter_ = std::make_unique<rules::Linter>(rules::Registry::Builtin(), e->codebook_, e->templates_, options.lint);
  return e;
}

report::NoteResult Engine::Lint(const InputNote& note) const { return Run(note, true); }
report::NoteResult Engine::Extract(const InputNote& note) const { return Run(note, false); }

report::NoteResult Engine::Run(const InputNote& note, bool with_rules) const {
  report::NoteResult r;
  r.id = note.id;
  std::string error = note.error;
  if (error.empty()) {
    Status st = text::CheckUtf8(note.text);
    if (!st.ok()) error = st.message();
  }
  if (!error.empty()) {
    if (options_->codes)
      r.codes = *options_->codes;
    else if (note.codes)
      r.codes = *note.codes;
    r.supported = false;
    Finding f;
    f.rule = "input.invalid";
    f.severity = Severity::kError;
    f.message = "the note could not be read: " + error;
    f.help = "Save or export the note as UTF-8 plain text; a JSONL line must be one JSON object with a \"text\".";
    r.findings.push_back(f);
    r.facts_json = "null";
    return r;
  }
  auto analysis = detector_->Analyze(note.text);
  facts::BuildOptions bo;
  if (options_->codes) {
    bo.codes = *options_->codes;
    bo.given_source = facts::CodeSource::kCommandLine;
  } else if (note.codes) {
    bo.codes = *note.codes;
    bo.given_source = facts::CodeSource::kRecord;
  }
  facts::NoteFacts f = facts::BuildFacts(*analysis, codebook_, bo);
  r.codes = f.billed;
  r.facts_json.clear();
  report::AppendFactsJson(r.facts_json, f);
  if (with_rules) {
    r.findings = linter_->Run(*analysis, f);
    r.supported = rules::Supported(f, r.findings);
  }
  const SourceText* src = &analysis->src;
  std::shared_ptr<const detect::Analysis> owner(std::move(analysis));
  r.source = std::shared_ptr<const SourceText>(owner, src);
  return r;
}

}  // namespace notelint::app
