// `notelint check` and `notelint extract`: read notes, lint them on worker
// threads in batches, print in input order, map findings to the exit code.
#include <unistd.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "app/commands.h"
#include "app/engine.h"
#include "report/reporters.h"

namespace notelint::app {
namespace {

constexpr size_t kBatch = 256;

int Jobs(const Options& o) {
  if (o.jobs > 0) return o.jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n ? static_cast<int>(n) : 1;
}

// Runs `fn` over a batch of notes with `jobs` threads; results keep input order.
template <typename Fn>
std::vector<report::NoteResult> RunBatch(const std::vector<InputNote>& batch, int jobs, Fn fn) {
  std::vector<report::NoteResult> out(batch.size());
  if (jobs <= 1 || batch.size() < 2) {
    for (size_t i = 0; i < batch.size(); ++i) out[i] = fn(batch[i]);
    return out;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  int n = std::min<int>(jobs, static_cast<int>(batch.size()));
  for (int t = 0; t < n; ++t)
    pool.emplace_back([&] {
      for (size_t i = next++; i < batch.size(); i = next++) out[i] = fn(batch[i]);
    });
  for (auto& th : pool) th.join();
  return out;
}

bool Fails(const Options& o, const report::NoteResult& r) {
  if (o.fail_on == FailOn::kNever) return false;
  Severity min = o.fail_on == FailOn::kError     ? Severity::kError
                 : o.fail_on == FailOn::kWarning ? Severity::kWarning
                                                 : Severity::kInfo;
  for (const Finding& f : r.findings)
    if (f.severity >= min) return true;
  return false;
}

int Run(const Options& o, std::ostream& out, std::ostream& err, bool with_rules) {
  auto engine = Engine::Create(o);
  if (!engine.ok()) {
    err << "notelint: " << engine.status().message() << "\n";
    return 2;
  }
  const Engine& e = *engine.value();
  report::TextOptions topt;
  topt.quiet = o.quiet;
  topt.color = o.color == "always" || (o.color == "auto" && isatty(STDOUT_FILENO));
  Format format = with_rules ? o.format : (o.format == Format::kText ? Format::kJsonl : o.format);
  std::vector<report::NoteResult> kept;
  report::Summary summary;
  bool failed = false;
  int jobs = Jobs(o);
  auto flush = [&](std::vector<InputNote>& batch) {
    auto results = RunBatch(batch, jobs, [&](const InputNote& n) { return with_rules ? e.Lint(n) : e.Extract(n); });
    batch.clear();
    for (auto& r : results) {
      summary.Add(r);
      failed |= with_rules && Fails(o, r);
      switch (format) {
        case Format::kText:
          report::WriteText(out, r, topt);
          break;
        case Format::kJsonl:
          report::WriteJsonl(out, r);
          break;
        case Format::kGithub:
          report::WriteGithub(out, r);
          break;
        default:
          kept.push_back(std::move(r));
          break;
      }
    }
  };
  std::vector<InputNote> batch;
  ReadNotes(o.paths, o.input == InputKind::kJsonl, [&](InputNote n) {
    batch.push_back(std::move(n));
    if (batch.size() >= kBatch) flush(batch);
  });
  flush(batch);
  if (format == Format::kJson) report::WriteJson(out, kept);
  if (format == Format::kSarif) report::WriteSarif(out, kept, rules::Registry::Builtin(), NOTELINT_VERSION);
  if (format == Format::kText && summary.notes > 1)
    out << summary.notes << " notes: " << summary.unsupported << " not supported, " << summary.errors << " errors, "
        << summary.warnings << " warnings, " << summary.infos << " info\n";
  out.flush();
  return failed ? 1 : 0;
}

}  // namespace

int RunCheck(const Options& o, std::ostream& out, std::ostream& err) { return Run(o, out, err, true); }
int RunExtract(const Options& o, std::ostream& out, std::ostream& err) { return Run(o, out, err, false); }

}  // namespace notelint::app
