// Known-answer tests of the crypto library, run when either program starts; a wrong answer stops the program.
#pragma once

namespace daymark::crypto {

// The expected answers; tests alter one to prove a wrong answer stops the program.
struct KnownAnswers
{
    const char* sha256Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    // echo -n password | argon2 somesaltsomesalt -id -t 2 -k 64 -p 1 -l 32 -r
    const char* argon2id = "1a98fba8e6394425c9bdc333a9c750aaf811df070f5fb4a5788e1cf4db5793a1";
    // RFC 8032, section 7.1, TEST 1 (empty message).
    const char* ed25519Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    const char* ed25519Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    const char* ed25519Signature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                                   "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
};

// Throws Error(SelfTestFailed) naming the algorithm that gave a wrong answer. Takes a few milliseconds.
void runCryptoSelfTest(const KnownAnswers& expected = {});

} // namespace daymark::crypto
