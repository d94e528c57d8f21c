from django.urls import path

from . import views

app_name = "certification"

urlpatterns = [
    path("my/certificates/", views.my_certificates, name="mine"),
    path("my/certificates/<str:code>/", views.certificate, name="detail"),
    path("my/certificates/<str:code>/pdf/", views.certificate_pdf, name="pdf"),
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:code>/", views.verify, name="verify"),
]
