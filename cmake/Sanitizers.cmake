# EJ_SANITIZE=ON instruments everything with ASan + UBSan; any UB finding aborts the test.
if(EJ_SANITIZE)
  set(EJ_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${EJ_SANITIZER_FLAGS})
  add_link_options(${EJ_SANITIZER_FLAGS})
endif()
