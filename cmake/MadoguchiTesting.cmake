# madoguchi_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>]
#                    LABELS <unit|integration|widgets|benchmark> [TIMEOUT <s>] [RUN_SERIAL])
#
# One executable per test class. Widget tests run on the offscreen platform,
# so they need no X server and always run in CI. Benchmarks are built with the
# rest but only run through `make bench` (label "benchmark").
function(madoguchi_add_test)
    cmake_parse_arguments(arg "RUN_SERIAL" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT arg_NAME OR NOT arg_SOURCES OR NOT arg_LABELS)
        message(FATAL_ERROR "madoguchi_add_test needs NAME, SOURCES and LABELS")
    endif()
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE madoguchi_common madoguchi_testsupport Qt6::Test ${arg_LIBS})
    set_target_properties(${arg_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set(env
        "LANG=C.UTF-8"
        "QT_QPA_PLATFORM=offscreen"
        "MADOGUCHI_PLUGIN_PATH=${MADOGUCHI_PLUGIN_OUTPUT_DIRECTORY}"
        "MADOGUCHI_READER_BIN=$<TARGET_FILE:madoguchi-reader>"
        "MADOGUCHI_CONSOLE_BIN=$<TARGET_FILE:madoguchi>"
        "MADOGUCHI_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "${env}")
    if(arg_RUN_SERIAL)
        set_tests_properties(${arg_NAME} PROPERTIES RUN_SERIAL TRUE)
    endif()
endfunction()
