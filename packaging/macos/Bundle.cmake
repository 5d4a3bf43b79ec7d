# Daymark.app on macOS (included by app/gui/CMakeLists.txt): Info.plist from Info.plist.in, and daymark.icns made
# from the committed hicolor PNGs by iconutil, which every Mac has. Run macdeployqt on the installed app (README).
set(DAYMARK_HICOLOR ${PROJECT_SOURCE_DIR}/resources/icons/hicolor)
set(DAYMARK_ICONSET ${CMAKE_CURRENT_BINARY_DIR}/daymark.iconset)
set(DAYMARK_ICNS ${CMAKE_CURRENT_BINARY_DIR}/daymark.icns)
# iconutil's names: icon_SIZExSIZE.png and icon_SIZExSIZE@2x.png (twice the pixels).
set(DAYMARK_ICONSET_COPIES)
foreach(entry 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x 256:256x256)
    string(REPLACE ":" ";" parts ${entry})
    list(GET parts 0 pixels)
    list(GET parts 1 name)
    list(APPEND DAYMARK_ICONSET_COPIES COMMAND ${CMAKE_COMMAND} -E copy
         ${DAYMARK_HICOLOR}/${pixels}x${pixels}/apps/daymark.png ${DAYMARK_ICONSET}/icon_${name}.png)
endforeach()
add_custom_command(OUTPUT ${DAYMARK_ICNS}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${DAYMARK_ICONSET}
    ${DAYMARK_ICONSET_COPIES}
    COMMAND iconutil -c icns -o ${DAYMARK_ICNS} ${DAYMARK_ICONSET}
    DEPENDS ${DAYMARK_HICOLOR}/256x256/apps/daymark.png
    COMMENT "Making daymark.icns for Daymark.app" VERBATIM)
target_sources(daymark PRIVATE ${DAYMARK_ICNS})
set_source_files_properties(${DAYMARK_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(daymark PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Daymark
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME Daymark
    MACOSX_BUNDLE_GUI_IDENTIFIER org.daymark.Daymark
    MACOSX_BUNDLE_ICON_FILE daymark.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
