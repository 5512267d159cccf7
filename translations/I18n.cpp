// Anchor for the minutier_i18n library, which carries the compiled translations as a resource.
namespace minutier {
int i18nAnchor()
{
    return 0;
}
} // namespace minutier
