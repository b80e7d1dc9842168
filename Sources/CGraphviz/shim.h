#ifndef INVERTED_PYRAMID_CGRAPHVIZ_SHIM_H
#define INVERTED_PYRAMID_CGRAPHVIZ_SHIM_H

// The installed Graphviz headers, found through pkg-config (libgvc.pc adds
// its include directory). Nothing is copied into this repository.
#include <gvc.h>
#include <cgraph.h>

#endif
