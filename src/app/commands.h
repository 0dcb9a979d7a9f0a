// The verbs of the command line; each returns the process exit code.
#pragma once

#include <iosfwd>

#include "app/options.h"

namespace notelint::app {

int RunCheck(const Options& o, std::ostream& out, std::ostream& err);
int RunExtract(const Options& o, std::ostream& out, std::ostream& err);
int RunRules(const Options& o, std::ostream& out);
int RunExplain(const Options& o, std::ostream& out, std::ostream& err);
int RunCodes(const Options& o, std::ostream& out, std::ostream& err);
int RunContext(const Options& o, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace notelint::app
