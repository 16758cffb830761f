# install() rules, the exported CMake package (ejournal::ejournal, ejournal::core) and ejournal.pc.
include(CMakePackageConfigHelpers)

set(EJ_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/ejournal)

install(TARGETS ejournal ejournal_core
  EXPORT ejournalTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} NAMELINK_COMPONENT development
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(DIRECTORY include/ capi/include/
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")

install(EXPORT ejournalTargets
  NAMESPACE ejournal::
  DESTINATION ${EJ_CMAKE_DIR})

configure_package_config_file(cmake/ejournalConfig.cmake.in
  ${PROJECT_BINARY_DIR}/ejournalConfig.cmake
  INSTALL_DESTINATION ${EJ_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ejournalConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/ejournalConfig.cmake
  ${PROJECT_BINARY_DIR}/ejournalConfigVersion.cmake
  cmake/FindSOCI.cmake
  DESTINATION ${EJ_CMAKE_DIR})

# Relocatable: the prefix is found from the .pc file's own location.
file(RELATIVE_PATH EJ_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" EJ_PC_TO_PREFIX "${EJ_PC_TO_PREFIX}")
configure_file(cmake/ejournal.pc.in ${PROJECT_BINARY_DIR}/ejournal.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/ejournal.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
