"""Uploaded and generated documents: the local folder by default, S3-compatible storage when ASSURE_STORAGE=s3.
Every FileField uses the default storage, so the one setting moves every kept file."""
import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, StorageHandler, default_storage
from django.db import models

from assure.settings import uploaded_files_storage


def _default(storage_setting):
    return StorageHandler({"default": storage_setting})["default"]


def test_local_folder_is_the_default():
    assert uploaded_files_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert isinstance(_default(uploaded_files_storage({})), FileSystemStorage)


def test_s3_selects_django_storages_backend_without_touching_the_network():
    from storages.backends.s3 import S3Storage

    setting = uploaded_files_storage({"ASSURE_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "fenbridge-documents",
                                      "AWS_S3_ENDPOINT_URL": "https://objects.example.org",
                                      "AWS_S3_REGION_NAME": "eu-west-2", "AWS_LOCATION": "assure"})
    storage = _default(setting)
    assert isinstance(storage, S3Storage)
    assert storage.bucket_name == "fenbridge-documents"
    assert storage.endpoint_url == "https://objects.example.org"
    assert storage.region_name == "eu-west-2" and storage.location == "assure"
    assert storage.file_overwrite is False   # a new file never replaces one of the same name
    assert storage.default_acl is None and storage.querystring_auth is True


@pytest.mark.parametrize(("env", "message"), [
    ({"ASSURE_STORAGE": "s3"}, "ASSURE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME"),
    ({"ASSURE_STORAGE": "ftp"}, "ASSURE_STORAGE must be local or s3, not 'ftp'"),
])
def test_a_bad_choice_is_refused_saying_what_to_set(env, message):
    with pytest.raises(ImproperlyConfigured) as refused:
        uploaded_files_storage(env)
    assert str(refused.value) == message


def test_every_file_field_keeps_its_files_in_the_default_storage():
    fields = [(model.__name__, field.name) for model in apps.get_models() for field in model._meta.get_fields()
              if isinstance(field, models.FileField)]
    assert len(fields) >= 5   # papers, publications, imported minutes, inspection reports, job files
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField):
                assert field.storage is default_storage, f"{model.__name__}.{field.name} has a storage of its own"
