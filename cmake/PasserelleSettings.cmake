# Compile settings shared by every Passerelle target, in one place.
function(passerelle_settings target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                                             -Wnon-virtual-dtor -Wcast-qual
                                             # C++20 designated initializers name the members
                                             # they set and leave the others to their defaults
                                             # on purpose (test fixtures, request structs).
                                             -Wno-missing-field-initializers)
    if(PASSERELLE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    set_target_properties(${target} PROPERTIES AUTOMOC ON)
endfunction()
