#pragma once

namespace minutier {
// 128-bit intermediates for exact money arithmetic (GCC and Clang). __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;
} // namespace minutier
