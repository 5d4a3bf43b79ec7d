// Known-answer tests of the crypto library, run when either program starts; a wrong answer stops the program.
#pragma once

namespace daymark::crypto {

// Throws Error(SelfTestFailed) naming the algorithm that gave a wrong answer. Takes a few milliseconds.
void runCryptoSelfTest();

} // namespace daymark::crypto
