#ifndef INVERTED_PYRAMID_CYAML_SHIM_H
#define INVERTED_PYRAMID_CYAML_SHIM_H

// The installed libyaml header (Debian's libyaml-dev), found through
// pkg-config (yaml-0.1.pc). Nothing is copied into this repository.
#include <yaml.h>

#endif
