# Warning flags for every target of the project; ej_enable_warnings(<target>) applies them.
set(EJ_COMMON_WARNINGS
  -Wall -Wextra -Wpedantic -Wshadow -Wcast-qual -Wformat=2 -Wimplicit-fallthrough
  -Wundef -Wmissing-declarations -Wnull-dereference -Wdouble-promotion)
set(EJ_CXX_WARNINGS -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wextra-semi)
set(EJ_C_WARNINGS -Wstrict-prototypes -Wmissing-prototypes)

function(ej_enable_warnings target)
  target_compile_options(${target} PRIVATE
    ${EJ_COMMON_WARNINGS}
    $<$<COMPILE_LANGUAGE:CXX>:${EJ_CXX_WARNINGS}>
    $<$<COMPILE_LANGUAGE:C>:${EJ_C_WARNINGS}>
    $<$<BOOL:${EJ_WARNINGS_AS_ERRORS}>:-Werror>)
endfunction()
