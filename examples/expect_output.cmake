# Runs PROGRAM and fails unless it exits with 0 and its output matches every regular expression
# of the file EXPECTED (one per line; lines starting with # explain where the values come from).
#   cmake -DPROGRAM=<program[;arguments]> -DEXPECTED=<file> -P expect_output.cmake
# PROGRAM may be a list: an interpreter and its script.
execute_process(COMMAND ${PROGRAM}
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE output
  ECHO_OUTPUT_VARIABLE)
if(NOT exit_code EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${exit_code}")
endif()

file(STRINGS "${EXPECTED}" lines ENCODING UTF-8)
foreach(line IN LISTS lines)
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  if(NOT output MATCHES "${line}")
    message(FATAL_ERROR "the output has no match for: ${line}")
  endif()
endforeach()
