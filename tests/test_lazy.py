"""The packages' entry points load on first use (analysis.lazy)."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize(
    "package,name,module",
    [
        ("analysis", "load_corpus", "analysis.io.corpus"),
        ("analysis", "extract_figures", "analysis.pipeline"),
        ("analysis.scale", "open_figures", "analysis.scale.store"),
        ("analysis.scale", "extract_corpus", "analysis.scale.engine"),
    ],
)
def test_a_packages_entry_point_is_the_attribute_of_its_module(package, name, module):
    assert getattr(importlib.import_module(package), name) is getattr(
        importlib.import_module(module), name
    )


@pytest.mark.parametrize("package", ["analysis", "analysis.scale"])
def test_a_name_the_package_does_not_list_raises_attribute_error_naming_the_package(package):
    with pytest.raises(AttributeError, match=f"module '{package}' has no attribute 'nowhere'"):
        getattr(importlib.import_module(package), "nowhere")
