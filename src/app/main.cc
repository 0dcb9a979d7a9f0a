// notelint: parse the command line, run a verb, map failures to exit codes.
#include <iostream>

#include "app/commands.h"
#include "app/options.h"

int main(int argc, char** argv) {
  using namespace notelint::app;
  std::ios::sync_with_stdio(false);
  auto parsed = ParseOptions(argc, argv);
  if (!parsed.ok()) {
    std::cerr << "notelint: " << parsed.status().message() << "\n";
    return 2;
  }
  const Options& o = parsed.value();
  if (o.verb == "help") {
    std::cout << "usage: notelint <check|extract|rules|explain|codes|context> [options] [PATH ...]\n\n"
              << "  check [PATH ...]     lint notes (default: stdin)\n"
              << "  extract [PATH ...]   print the facts found, without rules\n"
              << "  rules                list every rule\n"
              << "  explain RULE_ID      long help for one rule\n"
              << "  codes                list the code book\n"
              << "  context              read {\"text\",\"target\"} JSONL on stdin, print how the target reads\n\n"
              << o.help_text;
    return 0;
  }
  if (o.verb == "version") {
    std::cout << "notelint " << NOTELINT_VERSION << "\n";
    return 0;
  }
  if (o.verb == "check") return RunCheck(o, std::cout, std::cerr);
  if (o.verb == "extract") return RunExtract(o, std::cout, std::cerr);
  if (o.verb == "rules") return RunRules(o, std::cout);
  if (o.verb == "explain") return RunExplain(o, std::cout, std::cerr);
  if (o.verb == "codes") return RunCodes(o, std::cout, std::cerr);
  if (o.verb == "context") return RunContext(o, std::cin, std::cout, std::cerr);
  if (o.verb == "serve" || o.verb == "lsp") {
    std::cerr << "notelint: '" << o.verb << "' is not available in this build\n";
    return 2;
  }
  std::cerr << "notelint: unknown command '" << o.verb << "' (try `notelint --help`)\n";
  return 2;
}
