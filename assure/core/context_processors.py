from django.conf import settings


def service(request):
    return {
        "service_name": settings.SERVICE_NAME,
        "partnership": getattr(request, "partnership", None),
        "role": getattr(request, "role", None),
    }
