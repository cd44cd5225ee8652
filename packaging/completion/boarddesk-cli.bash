# bash completion for boarddesk-cli (installed to /usr/share/bash-completion/completions/).
# Commands and options follow docs/cli.md. Body and meeting ids are read from the database
# being worked on, so they are the partnership's own.

_boarddesk_cli_ids()
{
    # $1: what to list (bodies, meetings). The first column of boarddesk-cli's own listing,
    # without its header line; nothing if the database cannot be read.
    local db=() i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} == --db ]]; then
            db=(--db "${COMP_WORDS[i + 1]}")
        fi
    done
    "${COMP_WORDS[0]}" "${db[@]}" list "$1" 2>/dev/null | tail -n +2 | cut -f1
}

_boarddesk_cli()
{
    local cur prev words cword
    _init_completion -n := || return

    case $prev in
    --db)
        _filedir boarddesk
        return
        ;;
    -o)
        _filedir
        return
        ;;
    --body)
        COMPREPLY=($(compgen -W "$(_boarddesk_cli_ids bodies)" -- "$cur"))
        return
        ;;
    --meeting)
        COMPREPLY=($(compgen -W "$(_boarddesk_cli_ids meetings)" -- "$cur"))
        return
        ;;
    --format)
        COMPREPLY=($(compgen -W "pdf odt html" -- "$cur"))
        return
        ;;
    --scale)
        COMPREPLY=($(compgen -W "large small" -- "$cur"))
        return
        ;;
    --section)
        COMPREPLY=($(compgen -W "foreword demographics priorities board subgroups body: cdop
            case-reviews training attendance funding next sources" -- "$cur"))
        [[ ${COMPREPLY[0]-} == *: ]] && compopt -o nospace
        return
        ;;
    --rag)
        COMPREPLY=($(compgen -W "red amber green complete" -- "$cur"))
        return
        ;;
    --date | --year | --years | --number | --changed-since | --id)
        return
        ;;
    esac

    # The command and its first argument, skipping options and their values.
    local command="" sub="" i word
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        case $word in
        --db | -o | --body | --meeting | --date | --year | --years | --scale | --section | --number | --format | --id | --changed-since | --rag)
            ((i++))
            ;;
        -*) ;;
        *)
            if [[ -z $command ]]; then
                command=$word
            elif [[ -z $sub ]]; then
                sub=$word
            fi
            ;;
        esac
    done

    local options=""
    case $command in
    "")
        COMPREPLY=($(compgen -W "init demo import export list check backup generate --db --help --version" -- "$cur"))
        return
        ;;
    import)
        if [[ $cur != -* ]]; then
            _filedir json
            return
        fi
        options="--replace"
        ;;
    export)
        case $sub in
        "")
            COMPREPLY=($(compgen -W "archive minutes audit report newsletter workplan actions risks" -- "$cur"))
            return
            ;;
        minutes) options="--meeting --body --date -o --format --leave-out-names" ;;
        report) options="--year --section -o --format" ;;
        newsletter) options="--number -o --format" ;;
        workplan) options="--id -o --format" ;;
        actions) options="--body --changed-since -o --format" ;;
        risks) options="--body -o --format" ;;
        archive | audit) options="-o" ;;
        esac
        ;;
    list)
        if [[ -z $sub ]]; then
            COMPREPLY=($(compgen -W "bodies meetings actions case-reviews" -- "$cur"))
            return
        fi
        options="--year --body"
        [[ $sub == actions ]] && options="$options --overdue --rag"
        ;;
    backup) options="-o" ;;
    generate) options="--years --scale -o" ;;
    esac
    COMPREPLY=($(compgen -W "$options --db" -- "$cur"))
} &&
    complete -F _boarddesk_cli boarddesk-cli
