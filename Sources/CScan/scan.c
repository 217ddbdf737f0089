// CScan is a header (include/CScan.h): its one function is inlined where the CSV reader calls
// it. SwiftPM builds a C target from at least one source file; this is that file.
#include "CScan.h"
