#ifndef INVERTED_PYRAMID_CGRAPHVIZ_SHIM_H
#define INVERTED_PYRAMID_CGRAPHVIZ_SHIM_H

// The installed Graphviz headers, found through pkg-config (libgvc.pc adds
// its include directory). Nothing is copied into this repository.
#include <gvc.h>
#include <cgraph.h>
#include <graphviz_version.h>
#include <stddef.h>
#include <stdlib.h>

// gvRenderData takes `unsigned int *` for the length in Graphviz 2.x and
// `size_t *` from 3.0 on. This one function hides the difference so the Swift
// side always sees `size_t`.
static inline int ip_gvRenderData(GVC_t *gvc, graph_t *g, const char *format,
                                  char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int n = 0;
    int status = gvRenderData(gvc, g, format, result, &n);
    *length = (size_t)n;
    return status;
#endif
}

// Frees a list returned by gvPluginList: every item, then the list.
static inline void ip_freePluginList(char **list, int count) {
    if (list == NULL) return;
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}

// cgraph's default memory and I/O disciplines, as pointers (Swift 6 treats
// the exported globals as shared mutable state).
static inline Agmemdisc_t *ip_defaultMemoryDiscipline(void) { return &AgMemDisc; }
static inline Agiodisc_t *ip_defaultIODiscipline(void) { return &AgIoDisc; }

#endif
