# AddressSanitizer and UndefinedBehaviorSanitizer for every target of the tree (-DDAYMARK_SANITIZE=ON), as
# scripts/sanitize.sh builds them for CI: any out-of-bounds access, use after free, leak or undefined behaviour
# stops the test with a report instead of passing by luck.
option(DAYMARK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(DAYMARK_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "DAYMARK_SANITIZE needs GCC or Clang")
    endif()
    set(DAYMARK_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    # Whole-tree flags on purpose: a sanitizer must see the library code the tests call, not only the tests.
    add_compile_options(${DAYMARK_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
endif()

# For a target that must stay uninstrumented (an LD_PRELOAD library that also goes into plain programs like sh).
function(daymark_no_sanitizers target)
    if(DAYMARK_SANITIZE)
        target_compile_options(${target} PRIVATE -fno-sanitize=all)
        target_link_options(${target} PRIVATE -fno-sanitize=all)
    endif()
endfunction()

# libFuzzer builds (scripts/sanitize.sh, clang): coverage feedback from the library code the fuzz targets call, not only
# from the targets themselves, which link with -fsanitize=fuzzer (tests/fuzz).
if(DAYMARK_SANITIZE AND DAYMARK_FUZZ_LIBFUZZER)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "DAYMARK_FUZZ_LIBFUZZER needs clang (libFuzzer)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
