# EJ_SANITIZE=ON instruments everything with ASan + UBSan; any UB finding aborts the test.
if(EJ_SANITIZE)
  set(EJ_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${EJ_SANITIZER_FLAGS})
  add_link_options(${EJ_SANITIZER_FLAGS})
endif()

# EJ_FUZZ=ON (clang) instruments everything for libFuzzer's coverage feedback as well; the
# fuzz_<target> executables add -fsanitize=fuzzer, which links libFuzzer's main(). Clang's vptr
# check is left out: it needs the typeinfo of every polymorphic class it meets, and Debian's SOCI
# libraries do not export theirs (the storage code would not link).
if(EJ_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "EJ_FUZZ=ON needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  set(EJ_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=vptr
                    -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${EJ_FUZZ_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()
