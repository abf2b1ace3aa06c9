# Fails when translations/*.ts are not what lupdate makes of the sources now
# (a string was added or changed without updating the catalogues), or when a
# Japanese translation is missing. Fix with:
#   cmake --build build --target update_translations
# and translate what lupdate marked "unfinished" in madoguchi_ja.ts.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/devicelink/*.cpp ${SOURCE_DIR}/devicelink/*.h
    ${SOURCE_DIR}/readerstack/*.cpp ${SOURCE_DIR}/readerstack/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h ${SOURCE_DIR}/views/*.ui)
list(JOIN sources "\n" source_list)
file(WRITE ${WORK_DIR}/sources.lst "${source_list}\n")

set(failed FALSE)
foreach(language ja en)
    set(committed ${SOURCE_DIR}/translations/madoguchi_${language}.ts)
    set(fresh ${WORK_DIR}/madoguchi_${language}.ts)
    file(COPY_FILE ${committed} ${fresh})
    set(extra)
    if(language STREQUAL "en")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND ${LUPDATE} -locations none -no-obsolete -no-ui-lines ${extra} -I ${SOURCE_DIR}
                @${WORK_DIR}/sources.lst -ts ${fresh}
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "lupdate failed: ${errors}")
        set(failed TRUE)
        continue()
    endif()
    file(READ ${committed} before)
    file(READ ${fresh} after)
    if(NOT before STREQUAL after)
        message(SEND_ERROR "translations/madoguchi_${language}.ts is out of date with the sources; "
                           "run the update_translations target and translate the new strings")
        set(failed TRUE)
    endif()
endforeach()

file(READ ${SOURCE_DIR}/translations/madoguchi_ja.ts japanese)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${japanese}")
list(LENGTH unfinished unfinished_count)
if(unfinished_count GREATER 0)
    message(SEND_ERROR "madoguchi_ja.ts has ${unfinished_count} untranslated strings")
    set(failed TRUE)
endif()
if(failed)
    message(FATAL_ERROR "translation check failed")
endif()
message(STATUS "translations are current and Japanese is complete")
