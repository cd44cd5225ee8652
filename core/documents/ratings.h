#pragma once

#include "document.h"
#include "domain/enums.h"

#include <optional>

namespace bd {

// A RAG rating as a coloured label that carries its word: red, amber, green, complete in
// blue, "Not rated" in grey. Every document shows ratings through this one function.
Inline ragLabel(std::optional<Rag> rag);
// The tone a rating is drawn in.
Tone ragTone(Rag rag);

} // namespace bd
