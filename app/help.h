// help.h — the command line's own words: the usage line, `help COMMAND`,
// and the man page, all from one table so they never disagree.
#pragma once

#include <string>
#include <string_view>

namespace ys::cli {

// Short usage for errors (standard error) and --help (standard output).
std::string usage();
// Everything about one command ("run", "trace", ...), or "" for an unknown one.
std::string commandHelp(std::string_view command);
// The man page (roff), installed as yieldscope.1.
std::string manPage(std::string_view version);
bool isCommand(std::string_view word);

}  // namespace ys::cli
