import subprocess
import sys

import knowledge


def test_public_names_exist():
    assert sorted(knowledge.__all__) == knowledge.__all__
    for name in knowledge.__all__:
        assert hasattr(knowledge, name), name


def test_knowledge_never_imports_telegram():
    code = (
        "import sys, knowledge, knowledge.cache, knowledge.evaluation, knowledge.synthetic, "
        "knowledge.digest; print('telegram' in sys.modules or 'bot' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
