// `notelint rules`, `explain` and `codes`: the catalog and the code book.
#include <iomanip>
#include <iostream>

#include "app/commands.h"
#include "app/engine.h"
#include "rules/registry.h"

namespace notelint::app {

int RunRules(const Options& o, std::ostream& out) {
  (void)o;
  for (const auto& r : rules::Registry::Builtin().rules())
    out << std::left << std::setw(38) << r.id << " " << std::setw(8) << SeverityName(r.severity) << " " << std::setw(24)
        << r.codes << " " << r.summary << "\n";
  return 0;
}

int RunExplain(const Options& o, std::ostream& out, std::ostream& err) {
  if (o.paths.size() != 1) {
    err << "notelint: explain takes one rule id (see `notelint rules`)\n";
    return 2;
  }
  const rules::Rule* r = rules::Registry::Builtin().Find(o.paths[0]);
  if (!r) {
    err << "notelint: unknown rule id '" << o.paths[0] << "' (see `notelint rules`)\n";
    return 2;
  }
  out << r->id << " (" << SeverityName(r->severity) << "; codes: " << r->codes << ")\n\n"
      << r->summary << "\n\n"
      << r->help << "\n";
  return 0;
}

int RunCodes(const Options& o, std::ostream& out, std::ostream& err) {
  auto engine = Engine::Create(o);
  if (!engine.ok()) {
    err << "notelint: " << engine.status().message() << "\n";
    return 2;
  }
  for (const auto& c : engine.value()->codebook().codes())
    out << c.code << "  " << std::left << std::setw(8) << c.family << std::setw(8) << c.kind << c.description << "\n";
  return 0;
}

}  // namespace notelint::app
