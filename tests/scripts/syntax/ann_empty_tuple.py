# A fuzzer found that annotating an empty tuple crashed the parser.
():  int
